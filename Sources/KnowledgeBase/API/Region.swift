/// A federal subject's data: `regions/<NN>.md`, with the values it does not set inherited from
/// `regions/_defaults.md`.
public struct Region: Equatable, Sendable {
    /// How the region uses Dnevnik.ru now (`dnevnik_status:`).
    public enum DnevnikStatus: String, CaseIterable, Sendable {
        case active, former, unknown
    }

    /// The keys whose values are single strings, usable as `{{region.KEY}}`.
    public static let variableKeys = [
        "code", "name", "name_in", "site", "login_url", "dnevnik_status", "system_name",
        "esia_only_since", "hotline", "hotline_hours", "support", "school_hours",
    ]
    /// The keys whose values are lists.
    public static let listKeys = ["decrees", "notes", "sources"]

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
    public var site: String? { value(of: "site") }
    public var loginURL: String? { value(of: "login_url") }
    public var dnevnikStatus: DnevnikStatus { value(of: "dnevnik_status").flatMap(DnevnikStatus.init(rawValue:)) ?? .unknown }
    public var systemName: String? { value(of: "system_name") }
    public var esiaOnlySince: ContentDate? { value(of: "esia_only_since").flatMap(ContentDate.init) }
    public var hotline: String? { value(of: "hotline") }
    public var hotlineHours: String? { value(of: "hotline_hours") }
    public var support: String? { value(of: "support") }
    public var schoolHours: String? { value(of: "school_hours") }
}

/// `regions/_defaults.md`: the values every region inherits unless its file sets them.
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
