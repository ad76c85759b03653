/// Everything `Articles/` holds, typed: articles, regions, the diagnostic questions and
/// causes, and the search's synonyms, with the queries the site builder and the diagnosis
/// engine need.
///
/// Load it with ``load(directory:relativeTo:options:)``, which also runs every check of
/// `spravka check`. A knowledge base loaded with errors holds placeholders where values were
/// bad; do not publish it.
public struct KnowledgeBase: Sendable {
    /// Common articles (`articles/<id>.md`), sorted by id.
    public internal(set) var articles: [Article] = []
    /// Regional articles (`regions/<NN>/<id>.md`), sorted by region code, then id.
    public internal(set) var regionalArticles: [Article] = []
    /// Regions with a file, sorted by code; their values include the inherited defaults.
    public internal(set) var regions: [Region] = []
    /// `regions/_defaults.md` (empty when the file is missing).
    public internal(set) var defaults = RegionDefaults()
    /// Questions in the contract's fact order (files for unknown facts last, by name).
    public internal(set) var questions: [DiagnosticQuestion] = []
    /// Causes in the contract's order (files for unknown causes last, by name).
    public internal(set) var causes: [DiagnosticCause] = []
    /// The contract the questions and causes were checked against.
    public internal(set) var contract: DiagnosticContract = .standard
    /// The groups of `search/synonyms.md`, in file order (empty when there is no such file).
    public internal(set) var synonyms: [SynonymGroup] = []
    /// The words of the site's own pages (`pages/<kind>.md`), by kind and key.
    public internal(set) var pageTexts: [PageText.Kind: [String: String]] = [:]

    /// The text of `key` in `pages/<kind>.md`, `{name}` filled from `values`. `spravka check`
    /// requires every key, so a knowledge base without errors has them all; a missing one
    /// comes back as `⟦kind.key⟧`, visible on the page and caught by the site's tests.
    public func text(_ kind: PageText.Kind, _ key: String, _ values: [String: String] = [:]) -> String {
        guard let template = pageTexts[kind]?[key] else { return "⟦\(kind.rawValue).\(key)⟧" }
        return PageText.fill(template, values)
    }

    var articleIndex: [String: Int] = [:]
    /// Region code → article id → index in `regionalArticles`.
    var regionalIndex: [String: [String: Int]] = [:]
    var regionIndex: [String: Int] = [:]

    public init() {}

    /// The common article `id`.
    public func article(id: String) -> Article? {
        articleIndex[id].map { articles[$0] }
    }

    /// The regions whose schools use Dnevnik.ru, wholly or in part, sorted by code.
    public var dnevnikRegions: [Region] {
        regions.filter { $0.dnevnikUse.includesDnevnik }
    }

    /// The region with code `code`, if it has a file.
    public func region(code: String) -> Region? {
        regionIndex[code].map { regions[$0] }
    }

    /// The regional article `id` of region `code`: an override or an addition.
    public func regionalArticle(id: String, region code: String) -> Article? {
        regionalIndex[code]?[id].map { regionalArticles[$0] }
    }

    /// Whether a regional article replaces a common article of the same id.
    public func isOverride(_ article: Article) -> Bool {
        article.regionCode != nil && articleIndex[article.id] != nil
    }

    /// The version of article `id` that region `code` shows: its own regional article if it has
    /// one, else the common article if that applies to the region; `nil` when the region does
    /// not show `id`.
    public func article(id: String, region code: String) -> Article? {
        if let regional = regionalArticle(id: id, region: code) { return regional }
        guard let common = article(id: id), common.applies(toRegion: code) else { return nil }
        return common
    }

    /// The ids of the articles region `code` shows, sorted.
    public func articleIDs(visibleIn code: String) -> [String] {
        var ids = Set(regionalIndex[code]?.keys.map { $0 } ?? [])
        for article in articles where article.applies(toRegion: code) {
            ids.insert(article.id)
        }
        return ids.sorted()
    }

    /// The value of `{{region.KEY}}` for region `code` (its own, else the default); with no
    /// region, the default.
    public func variable(_ key: String, region code: String?) -> String? {
        if let code, let region = region(code: code) { return region.value(of: key) }
        return defaults.values[key].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `text` with every `{{region.KEY}}` replaced for region `code` (defaults when `nil`).
    /// Variables without a value are left as written; `spravka check` reports them.
    public func resolve(_ text: String, region code: String?) -> String {
        RegionVariables.substitute(text) { variable($0, region: code) }.text
    }

    /// Article `id` as region `code` shows it, with its variables replaced; `nil` when the
    /// region does not show it.
    public func resolvedArticle(id: String, region code: String) -> ResolvedArticle? {
        guard let article = article(id: id, region: code) else { return nil }
        let lookup = { (key: String) in self.variable(key, region: code) }
        let title = RegionVariables.substitute(article.title, value: lookup)
        let summary = RegionVariables.substitute(article.summary, value: lookup)
        let body = RegionVariables.substitute(article.body, value: lookup)
        var unresolved: [String] = []
        for key in title.unresolved + summary.unresolved + body.unresolved where !unresolved.contains(key) {
            unresolved.append(key)
        }
        return ResolvedArticle(id: id, regionCode: code, title: title.text, summary: summary.text, body: body.text,
                               article: article, unresolvedVariables: unresolved)
    }

    /// The question for fact `fact`.
    public func question(fact: String) -> DiagnosticQuestion? {
        questions.first { $0.fact == fact }
    }

    /// The wording of cause `id`.
    public func cause(id: String) -> DiagnosticCause? {
        causes.first { $0.id == id }
    }
}
