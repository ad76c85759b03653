/// Runs the checks that look across files: references between files, region variables, the
/// diagnostic contract, and what every region must have. (What a file gets wrong on its own
/// is reported while loading it.)
struct Checker {
    let knowledgeBase: KnowledgeBase
    /// The display path of the `Articles/` directory.
    let rootPath: String
    let federalSubjects: [FederalSubject]

    /// Every rule, in a fixed order; the caller sorts the result.
    func run() -> [Diagnostic] {
        RegionFilesRule.check(self)
            + ReferenceRule.check(self)
            + LinkRule.check(self)
            + VariableRule.check(self)
            + ContractRule.check(self)
            + EmptyBodyRule.check(self)
    }

    /// The display path of a file of the tree, given relative to `Articles/`.
    func path(_ relative: String) -> String {
        DisplayPath.join(rootPath, relative)
    }

    func error(_ path: String, _ position: TextPosition, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, path: path, line: position.line, column: position.column, message: message, hint: hint)
    }

    func warning(_ path: String, _ position: TextPosition, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, path: path, line: position.line, column: position.column, message: message, hint: hint)
    }
}

/// The regions a text is built for. `nil` stands for "no region": the defaults alone, as
/// `spravka diagnose` without `--region` uses them.
typealias Scope = String?

extension Checker {
    /// The regions that show a common article (its `regions:`, or every region with a file),
    /// less those that replace it with their own version. When that leaves no region (no
    /// region files yet, or only codes without files, which are reported), the article is
    /// checked against the defaults and the common articles.
    func scopes(of article: Article) -> [Scope] {
        if let code = article.regionCode { return [code] }
        let candidates = article.regions ?? knowledgeBase.regions.map(\.code)
        let codes = candidates.filter {
            knowledgeBase.region(code: $0) != nil && knowledgeBase.regionalArticle(id: article.id, region: $0) == nil
        }
        return codes.isEmpty ? [nil] : codes
    }

    /// Questions and causes are shown for every region, and without one.
    var everyScope: [Scope] {
        [nil] + knowledgeBase.regions.map(\.code)
    }

    /// The article `id` as `scope` shows it.
    func article(_ id: String, in scope: Scope) -> Article? {
        guard let code = scope else { return knowledgeBase.article(id: id) }
        return knowledgeBase.article(id: id, region: code)
    }

    /// "01, 02, 03, 04, 05 and 7 more".
    static func list(_ codes: [String], limit: Int = 5) -> String {
        let shown = codes.prefix(limit).joined(separator: ", ")
        return codes.count > limit ? "\(shown) and \(codes.count - limit) more" : shown
    }

    /// "region 55" or "3 regions: 01, 02, 03".
    static func regions(_ codes: [String]) -> String {
        codes.count == 1 ? "region \(codes[0])" : "\(codes.count) regions: \(list(codes))"
    }

    /// Every file's links, variables and positions, with the regions it is built for.
    var texts: [CheckedText] {
        let knowledgeBase = knowledgeBase
        var texts: [CheckedText] = []
        for article in knowledgeBase.articles + knowledgeBase.regionalArticles {
            texts.append(CheckedText(path: article.path, ownID: article.id, source: article.source, scopes: scopes(of: article)))
        }
        for region in knowledgeBase.regions {
            texts.append(CheckedText(path: region.path, ownID: nil, source: region.source, scopes: [region.code]))
        }
        for question in knowledgeBase.questions {
            texts.append(CheckedText(path: question.path, ownID: nil, source: question.source, scopes: everyScope))
        }
        for cause in knowledgeBase.causes {
            texts.append(CheckedText(path: cause.path, ownID: nil, source: cause.source, scopes: everyScope))
        }
        return texts
    }
}

/// A file as the cross-file rules see it.
struct CheckedText {
    var path: String
    /// The article id, for articles.
    var ownID: String?
    var source: ContentSource
    var scopes: [Scope]
}
