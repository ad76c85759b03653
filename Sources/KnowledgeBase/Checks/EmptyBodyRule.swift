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
            diagnostics.append(checker.error(article.path, closingLine(article.bodyStartLine), Messages.Checks.emptyArticle))
        }
        for cause in knowledgeBase.causes where cause.source.rendersNothing && cause.source.isDelimited {
            diagnostics.append(checker.error(cause.path, closingLine(cause.bodyStartLine), Messages.Checks.emptyRemedy,
                                             hint: Messages.Checks.emptyRemedyHint))
        }
        for question in knowledgeBase.questions where question.source.rendersNothing && question.source.isDelimited {
            diagnostics.append(checker.warning(question.path, closingLine(question.bodyStartLine), Messages.Checks.emptyQuestionHint,
                                               hint: Messages.Checks.emptyQuestionHintHint))
        }
        return diagnostics
    }
}
