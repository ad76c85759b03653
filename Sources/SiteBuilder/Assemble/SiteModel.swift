import KnowledgeBase

/// Everything the pages are made from: the knowledge base, the regions being built, and the
/// site's own vocabulary (section names, audience labels).
struct SiteModel: Sendable {
    let knowledgeBase: KnowledgeBase
    /// The regions built, each assembled once into the value its pages lay out, sorted by
    /// name as the chooser lists them.
    let regions: [RegionProfile]
    let baseURL: String
    let theme: Theme
    /// Per region code: the articles it shows, resolved, in site order.
    let articles: [String: [ResolvedArticle]]
    /// The search's synonyms, stemmed once for every region's index.
    let synonyms: SynonymTable
    /// The HTML of the Markdown texts, rendered once for all regions.
    let markdown = MarkdownCache()

    /// - Throws: ``RegionProfile/Problem`` for a code the knowledge base has no region for,
    ///   or a region that cannot be shown: an error at assembly, never an empty page.
    init(knowledgeBase: KnowledgeBase, regionCodes: [String], baseURL: String, theme: Theme) throws(RegionProfile.Problem) {
        self.knowledgeBase = knowledgeBase
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.theme = theme
        var regions: [RegionProfile] = []
        for code in regionCodes { regions.append(try RegionProfile(code: code, in: knowledgeBase)) }
        self.regions = regions.sorted { ($0.name, $0.code) < ($1.name, $1.code) }
        // Each region's articles with their variables replaced, the regions on every core.
        let resolved = regions.map(\.code).concurrentMap { code in
            knowledgeBase.articleIDs(visibleIn: code)
                .compactMap { knowledgeBase.resolvedArticle(id: $0, region: code) }
                .sorted { lhs, rhs in
                    (lhs.article.topic, lhs.article.order, lhs.title, lhs.id) < (rhs.article.topic, rhs.article.order, rhs.title, rhs.id)
                }
        }
        self.articles = Dictionary(zip(regions.map(\.code), resolved), uniquingKeysWith: { first, _ in first })
        synonyms = SynonymTable(wordGroups: knowledgeBase.synonyms.map(\.words))
    }

    func articles(in code: String) -> [ResolvedArticle] {
        articles[code] ?? []
    }

    func article(_ id: String, in code: String) -> ResolvedArticle? {
        articles[code]?.first { $0.id == id }
    }

    // MARK: - Addresses

    static func regionPath(_ code: String) -> String { "/\(code)/" }
    static func articlePath(_ id: String, region code: String) -> String { "/\(code)/\(id)/" }
    static func wizardPath(_ code: String) -> String { "/\(code)/diagnose/" }
    static func wizardTextsPath(_ code: String) -> String { "/\(code)/diagnose/texts.json" }
    static let wizardContractPath = "/diagnose/contract.json"
    static func searchPath(_ code: String) -> String { "/\(code)/search/" }
    static func leafletPath(_ code: String) -> String { "/\(code)/leaflet/" }
    static func searchIndexPath(_ code: String) -> String { "/\(code)/search-index.json" }
    static func votePath(_ code: String, helped: Bool) -> String { "/\(code)/vote/\(helped ? "yes" : "no")/" }
    static let operatorPath = "/operator/"
    static let operatorRegionsPath = "/operator/regions.json"
    /// The console fills in the region's code for `{code}`.
    static let operatorTextsPattern = "/operator/{code}.json"

    func absolute(_ path: String) -> String { baseURL + path }

    // MARK: - Vocabulary (pages/site.md)

    /// The words of one page kind, as pages lay them out (`pages/<kind>.md`).
    func words(_ kind: PageText.Kind) -> PageWords {
        PageWords(knowledgeBase: knowledgeBase, kind: kind)
    }

    /// A section's title, typeset.
    func title(of topic: Topic) -> String {
        Typography.apply(plainTitle(of: topic))
    }

    /// A section's title with plain spaces, for the breadcrumb, which is not typeset.
    func plainTitle(of topic: Topic) -> String {
        knowledgeBase.text(.site, "topic_" + topic.rawValue)
    }

    /// A section's title as a region shows it: in a region whose schools use another system,
    /// the sign-in section is about that system, not Dnevnik.ru (`topic_login_system`).
    func title(of topic: Topic, in region: RegionProfile) -> String {
        guard topic == .login, region.use == .no else { return title(of: topic) }
        return Typography.apply(knowledgeBase.text(.site, "topic_login_system", ["system": region.system.shortName]))
    }

    /// The same with plain spaces, for the breadcrumb, which is not typeset.
    func plainTitle(of topic: Topic, in region: RegionProfile) -> String {
        guard topic == .login, region.use == .no else { return plainTitle(of: topic) }
        return knowledgeBase.text(.site, "topic_login_system", ["system": region.system.shortName])
    }

    func label(of audience: Audience) -> String {
        Typography.apply(knowledgeBase.text(.site, "audience_" + String(audience.rawValue.map { $0 == "-" ? "_" : $0 })))
    }

    /// The "who are you" paths of a region's home page, in this order.
    static let pathAudiences: [Audience] = [.parent, .studentUnder14, .student14To17, .student18Plus, .schoolStaff]

    /// A path's title: «Я родитель».
    func pathTitle(of audience: Audience) -> String {
        Typography.apply(knowledgeBase.text(.site, "path_" + String(audience.rawValue.map { $0 == "-" ? "_" : $0 })))
    }

    func label(of party: Party) -> String {
        Typography.apply(knowledgeBase.text(.site, "party_" + party.rawValue))
    }

    /// `в сентябре 2026 года`, typeset.
    static func formatPrepositional(_ month: ContentMonth) -> String {
        Typography.apply(RussianCalendar.said(month, space: " "))
    }

    /// `23 ноября 2026`, typeset.
    static func format(_ date: ContentDate) -> String {
        let month = (1...12).contains(date.month) ? RussianCalendar.genitive[date.month - 1] : ""
        return Typography.apply("\(date.day) \(month) \(date.year)")
    }
}
