/// A federal subject's data: `regions/<NN>.md`. A region whose schools use Dnevnik.ru
/// (`dnevnik_ru: yes` or `partly`) inherits the values it does not set from
/// `regions/_defaults.md`; a region without Dnevnik.ru inherits nothing.
public struct Region: Equatable, Sendable {
    /// Whether the region's schools use Dnevnik.ru (`dnevnik_ru:`).
    public enum DnevnikUse: String, CaseIterable, Sendable {
        /// Dnevnik.ru is the region's e-diary.
        case yes
        /// The region uses another system.
        case no
        /// The region's own system is another; single schools use Dnevnik.ru.
        case partly

        /// Whether any school of the region uses Dnevnik.ru, so that its pages apply.
        public var includesDnevnik: Bool { self != .no }
    }

    /// How firmly the sources establish the region's facts (`confidence:`).
    public enum Confidence: String, CaseIterable, Sendable {
        case high, medium
    }

    /// The keys whose values are single strings, usable as `{{region.KEY}}`.
    public static let variableKeys = [
        "code", "name", "name_in", "system", "system_short", "system_url", "system_login_url", "sign_in",
        "dnevnik_ru", "confirmed", "confidence", "caveat",
        "site", "login_url", "esia_only_since", "hotline", "hotline_hours", "support", "school_hours",
    ]
    /// The family of the region's system (`top`, `sgo`, `mesh`, `other`): what decides its
    /// system articles, not a text for pages, so not a variable.
    public static let familyKey = "system_family"
    /// The keys whose values are lists.
    public static let listKeys = ["decrees", "notes", "sources"]
    /// Keys that describe Dnevnik.ru in the region: a region without it may not set them.
    public static let dnevnikKeys = ["site", "login_url", "esia_only_since", "school_hours"]

    /// Two digits, as in `NN.dnevnik.ru`.
    public var code: String
    public var path: String
    /// Every variable with a value for this region: the region file's own, else the default.
    public var values: [String: String]
    /// The keys the region file sets itself.
    public var ownKeys: Set<String>
    public var decrees: [String]
    public var notes: [String]
    public var sources: [String]
    /// Optional Markdown shown on the region's home page.
    public var body: String
    public var bodyStartLine: Int

    var source: ContentSource

    /// The value of `{{region.KEY}}` for this region, if it has one.
    public func value(of key: String) -> String? {
        values[key].flatMap { $0.isEmpty ? nil : $0 }
    }

    public var name: String { values["name"] ?? "" }
    public var nameIn: String? { value(of: "name_in") }
    /// The e-diary system the region's schools use, in full.
    public var system: String? { value(of: "system") }
    /// The system's name as a parent knows it («МЭШ»), for titles and lists.
    public var systemShort: String? { value(of: "system_short") }
    public var systemURL: String? { value(of: "system_url") }
    public var systemLoginURL: String? { value(of: "system_login_url") }
    /// How people sign in to the system, where a source says.
    public var signIn: String? { value(of: "sign_in") }
    /// Whether the region's schools use Dnevnik.ru. A file without a valid `dnevnik_ru` is an
    /// error; until it is fixed the region counts as using Dnevnik.ru, so that the one missing
    /// value does not set off errors in every article the region would then not show.
    public var dnevnikUse: DnevnikUse { value(of: "dnevnik_ru").flatMap(DnevnikUse.init(rawValue:)) ?? .yes }
    /// The family of the region's own system: `dnevnik` where Dnevnik.ru is the region's
    /// e-diary, else `system_family:` (`other` when not given).
    public var family: SystemFamily {
        if dnevnikUse == .yes { return .dnevnik }
        return value(of: "system_family").flatMap(SystemFamily.init(rawValue:)) ?? .other
    }
    public var confirmed: ContentMonth? { value(of: "confirmed").flatMap(ContentMonth.init) }
    public var confidence: Confidence? { value(of: "confidence").flatMap(Confidence.init(rawValue:)) }
    /// What a parent should know about the facts' reliability.
    public var caveat: String? { value(of: "caveat") }
    /// The regional Dnevnik.ru address (`NN.dnevnik.ru`).
    public var site: String? { value(of: "site") }
    /// The Dnevnik.ru Gosuslugi login page.
    public var loginURL: String? { value(of: "login_url") }
    public var esiaOnlySince: ContentDate? { value(of: "esia_only_since").flatMap(ContentDate.init) }
    public var hotline: String? { value(of: "hotline") }
    public var hotlineHours: String? { value(of: "hotline_hours") }
    public var support: String? { value(of: "support") }
    public var schoolHours: String? { value(of: "school_hours") }
}

/// `regions/_defaults.md`: the values every region that uses Dnevnik.ru inherits unless its
/// file sets them.
public struct RegionDefaults: Equatable, Sendable {
    public var path: String
    public var values: [String: String]

    var source: ContentSource

    public init(path: String = "", values: [String: String] = [:]) {
        self.path = path
        self.values = values
        self.source = ContentSource()
    }
}
