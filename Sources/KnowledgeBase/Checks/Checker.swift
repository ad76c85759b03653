/// Runs the checks that look across files: references between files, region variables, the
/// diagnostic contract, and what every region must have. (What a file gets wrong on its own
/// is reported while loading it.)
///
/// A common article is built for up to 89 regions; the checker answers "which of them lack
/// X" from indexes computed once, so that a check costs about the same per link or variable
/// whatever the number of regions.
struct Checker {
    let knowledgeBase: KnowledgeBase
    /// The display path of the `Articles/` directory.
    let rootPath: String
    let federalSubjects: [FederalSubject]
    /// The day of the check, for the age of region facts.
    let today: ContentDate
    /// Every file with links or variables, with the regions it is built for.
    private(set) var texts: [CheckedText] = []
    let visibility: ArticleVisibility
    /// Variable key → the region codes (sorted) that have no value for it.
    private(set) var regionsLacking: [String: [String]] = [:]
    /// Every region with a file: the scope of most common articles, shared.
    private let everyRegion: TextScope
    /// Article path → its scope.
    private var scopes: [String: TextScope] = [:]

    init(knowledgeBase: KnowledgeBase, rootPath: String, federalSubjects: [FederalSubject], today: ContentDate = .today()) {
        self.knowledgeBase = knowledgeBase
        self.rootPath = rootPath
        self.federalSubjects = federalSubjects
        self.today = today
        visibility = ArticleVisibility(knowledgeBase)
        everyRegion = TextScope(regionCodes: knowledgeBase.regions.map(\.code))
        for key in Region.variableKeys {
            regionsLacking[key] = knowledgeBase.regions.filter { $0.value(of: key) == nil }.map(\.code)
        }
        texts = makeTexts()
    }

    /// Every rule, in a fixed order; the caller sorts the result.
    func run() -> [Diagnostic] {
        RegionFilesRule.check(self)
            + RegionTruthRule.check(self)
            + SystemArticleRule.check(self)
            + DnevnikAddressRule.check(self)
            + ReferenceRule.check(self)
            + LinkRule.check(self)
            + VariableRule.check(self)
            + ContractRule.check(self)
            + EmptyBodyRule.check(self)
            + HeadingRule.check(self)
            + FillInRule.check(self)
            + NoBreakSpaceRule.check(self)
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

    /// The regions that show a common article (its `regions:`, or every region with a file),
    /// less those that replace it with their own version. When that leaves no region (no
    /// region files yet, or only codes without files, which are reported), the article is
    /// checked against the defaults and the common articles.
    func scope(of article: Article) -> TextScope {
        scopes[article.path] ?? makeScope(of: article)
    }

    private func makeScope(of article: Article) -> TextScope {
        if let code = article.regionCode { return TextScope(regionCodes: [code]) }
        if article.regions == nil, visibility.regionalVersions[article.id] == nil, !everyRegion.regionCodes.isEmpty {
            return everyRegion
        }
        let candidates = article.regions?.sorted() ?? knowledgeBase.regions.map(\.code)
        let codes = candidates.filter {
            knowledgeBase.region(code: $0) != nil && knowledgeBase.regionalArticle(id: article.id, region: $0) == nil
        }
        return codes.isEmpty ? TextScope(regionCodes: [], includesNoRegion: true) : TextScope(regionCodes: codes)
    }

    private mutating func makeTexts() -> [CheckedText] {
        var texts: [CheckedText] = []
        for article in knowledgeBase.articles + knowledgeBase.regionalArticles {
            let scope = makeScope(of: article)
            scopes[article.path] = scope
            texts.append(CheckedText(path: article.path, source: article.source, scope: scope,
                                     body: article.body, bodyStartLine: article.bodyStartLine))
        }
        for region in knowledgeBase.regions {
            texts.append(CheckedText(path: region.path, source: region.source, scope: TextScope(regionCodes: [region.code]),
                                     body: region.body, bodyStartLine: region.bodyStartLine, isRegionFile: true))
        }
        // Questions and causes are shown in the wizard and the interview of every region whose
        // schools use Dnevnik.ru, and without a region.
        let everywhere = TextScope(regionCodes: knowledgeBase.dnevnikRegions.map(\.code), includesNoRegion: true)
        for question in knowledgeBase.questions {
            texts.append(CheckedText(path: question.path, source: question.source, scope: everywhere))
        }
        for cause in knowledgeBase.causes {
            texts.append(CheckedText(path: cause.path, source: cause.source, scope: everywhere))
        }
        return texts
    }
}

/// The regions a text is built for, and whether it is also shown with no region (the
/// defaults alone, as `spravka diagnose` without `--region` uses them).
struct TextScope {
    /// Sorted.
    var regionCodes: [String]
    var regionSet: Set<String>
    var includesNoRegion: Bool

    init(regionCodes: [String], includesNoRegion: Bool = false) {
        self.regionCodes = regionCodes
        self.regionSet = Set(regionCodes)
        self.includesNoRegion = includesNoRegion
    }
}

/// A file as the cross-file rules see it.
struct CheckedText {
    var path: String
    var source: ContentSource
    var scope: TextScope
    /// The Markdown body, for rules that read its text.
    var body = ""
    var bodyStartLine = 1
    /// Whether this is `regions/<NN>.md`, whose front matter the region loader checks.
    var isRegionFile = false
}
