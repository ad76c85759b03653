/// Bodies that must say something do: an article's text, a cause's remedy. A question without
/// a hint is allowed but flagged.
enum EmptyBodyRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        var diagnostics: [Diagnostic] = []
        func closingLine(_ bodyStartLine: Int) -> TextPosition {
            TextPosition(line: max(1, bodyStartLine - 1), column: 1)
        }
        for article in knowledgeBase.articles + knowledgeBase.regionalArticles where article.source.rendersNothing && article.source.isDelimited {
            diagnostics.append(checker.error(article.path, closingLine(article.bodyStartLine), "empty body: the article renders nothing"))
        }
        for cause in knowledgeBase.causes where cause.source.rendersNothing && cause.source.isDelimited {
            diagnostics.append(checker.error(cause.path, closingLine(cause.bodyStartLine), "empty body: the cause has no remedy",
                                             hint: "write the remedy's steps as a numbered list"))
        }
        for question in knowledgeBase.questions where question.source.rendersNothing && question.source.isDelimited {
            diagnostics.append(checker.warning(question.path, closingLine(question.bodyStartLine), "empty body: the question has no hint",
                                               hint: "say how the caller can check the answer"))
        }
        return diagnostics
    }
}
