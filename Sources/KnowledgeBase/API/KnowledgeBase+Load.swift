import Foundation

extension KnowledgeBase {
    /// What to check the content against.
    public struct LoadOptions: Sendable {
        /// The contract the questions and causes must follow.
        public var contract: DiagnosticContract
        /// The federal subjects: every one needs a region file, and no other code is valid.
        public var federalSubjects: [FederalSubject]
        /// The day the check is made: region facts confirmed more than 12 months before it
        /// are flagged.
        public var today: ContentDate

        public init(contract: DiagnosticContract = .standard, federalSubjects: [FederalSubject] = FederalSubject.all,
                    today: ContentDate = .today()) {
            self.contract = contract
            self.federalSubjects = federalSubjects
            self.today = today
        }
    }

    /// Loads an `Articles/` directory and checks it.
    ///
    /// Files are read and parsed in parallel; the result and the diagnostics are the same on
    /// every run. Diagnostics are sorted by path, line and column; their paths are relative
    /// to `base` (the current directory when `nil`).
    public static func load(directory: URL, relativeTo base: URL? = nil, options: LoadOptions = LoadOptions()) -> (KnowledgeBase, [Diagnostic]) {
        let base = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let rootPath = DisplayPath.relative(directory, to: base)
        var layout = ContentLayout(root: directory, rootPath: rootPath)
        layout.discover()
        guard layout.isDirectory else { return (KnowledgeBase(), layout.diagnostics) }
        let loaded = layout.files.concurrentMap { LoadedFile.load($0) }

        let knowledgeBase = KnowledgeBase(loaded: loaded, options: options)
        var diagnostics = layout.diagnostics + loaded.flatMap(\.diagnostics)
        diagnostics += Checker(knowledgeBase: knowledgeBase, rootPath: rootPath, federalSubjects: options.federalSubjects, today: options.today).run()
        return (knowledgeBase, Self.sorted(diagnostics))
    }

    /// Diagnostics in the order `spravka check` prints them, without duplicates.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }.sorted {
            ($0.path, $0.line, $0.column, $1.severity, $0.message) < ($1.path, $1.line, $1.column, $0.severity, $1.message)
        }
    }

    /// Assembles the typed files: sorts them, indexes them, and gives every region the
    /// default values it does not set.
    init(loaded: [LoadedFile], options: LoadOptions) {
        self.init()
        contract = options.contract
        var questions: [DiagnosticQuestion] = []
        var causes: [DiagnosticCause] = []
        for file in loaded {
            switch file.content {
            case .article(let article) where article.regionCode == nil: articles.append(article)
            case .article(let article): regionalArticles.append(article)
            case .region(let region): regions.append(region)
            case .regionDefaults(let value): defaults = value
            case .question(let question): questions.append(question)
            case .cause(let cause): causes.append(cause)
            case .synonyms(let groups): synonyms = groups
            case .pageText(let kind, let texts): pageTexts[kind] = texts
            }
        }
        articles.sort { $0.id < $1.id }
        regionalArticles.sort { ($0.regionCode ?? "", $0.id) < ($1.regionCode ?? "", $1.id) }
        regions.sort { $0.code < $1.code }
        // Only a region whose schools use Dnevnik.ru inherits the defaults: they describe
        // Dnevnik.ru, and a region without it must not show its login address.
        for index in regions.indices where regions[index].dnevnikUse.includesDnevnik {
            for (key, value) in defaults.values where regions[index].values[key] == nil {
                regions[index].values[key] = value
            }
        }
        // An article about Dnevnik.ru is shown only where schools use it.
        let dnevnikRegions = regions.filter { $0.dnevnikUse.includesDnevnik }.map(\.code)
        let dnevnikSet = Set(dnevnikRegions)
        for index in articles.indices where articles[index].about == .dnevnik {
            articles[index].regions = articles[index].declaredRegions.map { $0.filter(dnevnikSet.contains) } ?? dnevnikRegions
        }
        // An article about another system's family only in the regions of that family.
        for index in articles.indices where articles[index].about == .system {
            let family = articles[index].system
            let familyRegions = regions.filter { family != nil && $0.family == family }.map(\.code)
            let familySet = Set(familyRegions)
            articles[index].regions = articles[index].declaredRegions.map { $0.filter(familySet.contains) } ?? familyRegions
        }
        let factOrder = Dictionary(options.contract.facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let causeOrder = Dictionary(options.contract.causes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.questions = questions.sorted { (factOrder[$0.fact] ?? Int.max, $0.fact) < (factOrder[$1.fact] ?? Int.max, $1.fact) }
        self.causes = causes.sorted { (causeOrder[$0.id] ?? Int.max, $0.id) < (causeOrder[$1.id] ?? Int.max, $1.id) }

        articleIndex = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        regionIndex = Dictionary(regions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, article) in regionalArticles.enumerated() {
            regionalIndex[article.regionCode ?? "", default: [:]][article.id] = index
        }
    }
}

extension ContentDate {
    /// Today's date in UTC.
    public static func today() -> ContentDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return ContentDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
