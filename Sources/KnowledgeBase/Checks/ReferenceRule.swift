/// The `related:` ids and `regions:` codes of articles name things that exist.
enum ReferenceRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        let subjects = Set(checker.federalSubjects.map(\.code))
        var diagnostics: [Diagnostic] = []
        for article in knowledgeBase.articles + knowledgeBase.regionalArticles {
            let frontMatter = article.source.frontMatter
            if case .list(let items)? = frontMatter["regions"]?.value, article.regionCode == nil {
                for item in items where Identifier.isRegionCode(item.text) {
                    if !subjects.contains(item.text) {
                        diagnostics.append(checker.error(article.path, item.position, Messages.Checks.unknownRegionCode(item.text)))
                    } else if knowledgeBase.region(code: item.text) == nil {
                        diagnostics.append(checker.error(article.path, item.position, Messages.Checks.regionWithoutFile(item.text)))
                    }
                }
            }
            if case .list(let items)? = frontMatter["related"]?.value {
                let scope = checker.scope(of: article)
                for item in items where Identifier.isValidID(item.text) && item.text != article.id {
                    if let problem = ArticleTarget.problem(id: item.text, scope: scope, checker: checker) {
                        diagnostics.append(checker.error(article.path, item.position, problem.message, hint: problem.hint))
                    }
                }
            }
        }
        return diagnostics
    }
}

/// Whether an article id names an article in every region a text is built for.
enum ArticleTarget {
    struct Problem {
        var message: String
        var hint: String?
    }

    static func problem(id: String, scope: TextScope, checker: Checker) -> Problem? {
        let missing = checker.visibility.missing(id, in: scope)
        guard !missing.isEmpty else { return nil }
        if !checker.visibility.exists(id) {
            let knowledgeBase = checker.knowledgeBase
            let candidates = knowledgeBase.articles.map(\.id) + knowledgeBase.regionalArticles.map(\.id)
            return Problem(message: Messages.Checks.noArticle(id), hint: Suggestion.closest(to: id, among: candidates).map(Messages.didYouMean))
        }
        let codes = missing.compactMap { $0 }
        if codes.isEmpty { return Problem(message: Messages.Checks.notCommonArticle(id)) }
        return Problem(message: Messages.Checks.articleNotShown(id, regions: codes), hint: Messages.Checks.articleNotShownHint)
    }
}
