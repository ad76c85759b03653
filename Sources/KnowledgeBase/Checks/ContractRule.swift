/// The questions and causes in `Articles/diagnosis/` follow the diagnostic contract: one file
/// per fact and per cause, no others; every option in the contract's order with `unknown`
/// last; every cause with an existing article; no question that no cause could use.
enum ContractRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        checkQuestions(checker) + checkCauses(checker)
    }

    static func checkQuestions(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        let contract = knowledgeBase.contract
        let used = contract.factsUsedByCauses
        var diagnostics: [Diagnostic] = []
        for fact in contract.facts where knowledgeBase.question(fact: fact.id) == nil {
            diagnostics.append(checker.error(checker.path("diagnosis/questions/\(fact.id).md"), .fileStart,
                                             Messages.Checks.missingQuestion(fact.id)))
        }
        for question in knowledgeBase.questions {
            guard let fact = contract.fact(question.fact) else {
                diagnostics.append(checker.error(question.path, .fileStart, Messages.Checks.notAFact(question.fact),
                                                 hint: ArticleLoader.hint(for: question.fact, among: contract.facts.map(\.id))))
                continue
            }
            if !used.contains(fact.id) {
                diagnostics.append(checker.error(question.path, .fileStart, Messages.Checks.unreachableQuestion(fact.id)))
            }
            guard let options = question.source.frontMatter["options"], case .map(let entries) = options.value else { continue }
            diagnostics += checkOptions(entries, of: fact, at: options.keyPosition, path: question.path, checker: checker)
        }
        return diagnostics
    }

    static func checkOptions(_ entries: [FrontMatter.Entry], of fact: DiagnosticContract.Fact, at position: TextPosition, path: String, checker: Checker) -> [Diagnostic] {
        let expected = fact.answerIDs
        var diagnostics: [Diagnostic] = []
        for entry in entries where !expected.contains(entry.key) {
            diagnostics.append(checker.error(path, entry.keyPosition, Messages.Checks.optionNotAValue(entry.key, fact: fact.id),
                                             hint: ArticleLoader.hint(for: entry.key, among: expected)))
        }
        let present = entries.map(\.key).filter { expected.contains($0) }
        for value in expected where !present.contains(value) {
            let label = value == DiagnosticContract.unknown ? "Не знаю" : nil
            diagnostics.append(checker.error(path, position, Messages.Checks.missingOption(value, label: label)))
        }
        if present != expected.filter({ present.contains($0) }) {
            diagnostics.append(checker.error(path, position, Messages.Checks.optionsOutOfOrder,
                                             hint: Messages.Checks.expectedOrder(expected)))
        }
        return diagnostics
    }

    static func checkCauses(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        let contract = knowledgeBase.contract
        var diagnostics: [Diagnostic] = []
        for cause in contract.causes where knowledgeBase.cause(id: cause.id) == nil {
            diagnostics.append(checker.error(checker.path("diagnosis/causes/\(cause.id).md"), .fileStart,
                                             Messages.Checks.missingCauseFile(cause.id)))
        }
        for cause in knowledgeBase.causes {
            guard let definition = contract.cause(cause.id) else {
                diagnostics.append(checker.error(cause.path, .fileStart, Messages.Checks.notACause(cause.id),
                                                 hint: ArticleLoader.hint(for: cause.id, among: contract.causes.map(\.id))))
                continue
            }
            let frontMatter = cause.source.frontMatter
            if !cause.fixBy.isEmpty {
                let left = definition.fixBy.filter { !cause.fixBy.contains($0) }
                if !left.isEmpty, let entry = frontMatter["fix_by"] {
                    diagnostics.append(checker.warning(cause.path, entry.keyPosition,
                                                       Messages.Checks.fixByLeavesOut(left.map(\.rawValue))))
                }
            }
            if case .scalar(let article)? = frontMatter["article"]?.value, Identifier.isValidID(article.text) {
                if let target = knowledgeBase.article(id: article.text) {
                    // Causes apply in every region with Dnevnik.ru: an article about Dnevnik.ru
                    // is shown in all of them unless its own `regions:` restricts it.
                    if let regions = target.declaredRegions {
                        diagnostics.append(checker.warning(cause.path, article.position,
                                                           Messages.Checks.causeArticleRestricted(article.text, regions: regions)))
                    }
                } else {
                    let hint = Suggestion.closest(to: article.text, among: knowledgeBase.articles.map(\.id)).map(Messages.didYouMean)
                    diagnostics.append(checker.error(cause.path, article.position, Messages.Checks.noArticle(article.text), hint: hint))
                }
            }
        }
        return diagnostics
    }
}
