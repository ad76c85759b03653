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

    // MARK: - Vocabulary

    static func title(of topic: Topic) -> String {
        switch topic {
        case .gosuslugi: return "Учётная запись на\u{A0}Госуслугах"
        case .login: return "Вход в\u{A0}Дневник.ру"
        case .children: return "Дети и\u{A0}подростки"
        case .data: return "Данные должны совпадать"
        case .remedy: return "Если не\u{A0}получается войти"
        case .school: return "Для сотрудников школы"
        case .background: return "Правила и\u{A0}документы"
        case .faq: return "Вопросы и\u{A0}ответы"
        }
    }

    /// A section's title with plain spaces, for the breadcrumb, which is not typeset.
    static func plainTitle(of topic: Topic) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in title(of: topic).unicodeScalars { scalars.append(scalar == "\u{A0}" ? " " : scalar) }
        return String(scalars)
    }

    /// A section's title as a region shows it: in a region whose schools use another system,
    /// the sign-in section is about that system, not Dnevnik.ru.
    static func title(of topic: Topic, in region: RegionProfile) -> String {
        guard topic == .login, region.use == .no else { return title(of: topic) }
        return typesetHTML("Вход в электронный дневник «\(region.system.shortName)»")
    }

    /// The same with plain spaces, for the breadcrumb, which is not typeset.
    static func plainTitle(of topic: Topic, in region: RegionProfile) -> String {
        guard topic == .login, region.use == .no else { return plainTitle(of: topic) }
        return "Вход в электронный дневник «\(region.system.shortName)»"
    }

    static func label(of audience: Audience) -> String {
        switch audience {
        case .parent: return "родителям"
        case .studentUnder14: return "ученикам до\u{A0}14\u{A0}лет"
        case .student14To17: return "ученикам 14–17\u{A0}лет"
        case .student18Plus: return "ученикам от\u{A0}18\u{A0}лет"
        case .schoolStaff: return "сотрудникам школы"
        case .operator: return "операторам горячей линии"
        }
    }

    /// The "who are you" paths of a region's home page.
    static let paths: [(audience: Audience, title: String)] = [
        (.parent, "Я родитель"),
        (.studentUnder14, "Ученик до\u{A0}14\u{A0}лет"),
        (.student14To17, "Ученик 14–17\u{A0}лет"),
        (.student18Plus, "Ученик от\u{A0}18\u{A0}лет"),
        (.schoolStaff, "Я работаю в\u{A0}школе"),
    ]

    static func label(of party: Party) -> String {
        switch party {
        case .caller: return "тот, кто не\u{A0}может войти"
        case .parent: return "родитель"
        case .student: return "ученик"
        case .school: return "школа (администратор Дневник.ру)"
        case .gosuslugi: return "Госуслуги"
        case .mfc: return "МФЦ"
        case .hotline: return "региональная горячая линия"
        }
    }

    /// `в сентябре 2026 года`.
    static func formatPrepositional(_ month: ContentMonth) -> String {
        RussianCalendar.said(month, space: "\u{A0}")
    }

    /// `23 ноября 2026`.
    static func format(_ date: ContentDate) -> String {
        let month = (1...12).contains(date.month) ? RussianCalendar.genitive[date.month - 1] : ""
        return "\(date.day)\u{A0}\(month) \(date.year)"
    }
}
