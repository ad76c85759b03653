/// An article: `articles/<id>.md` (common) or `regions/<NN>/<id>.md` (regional).
///
/// When the loader reported an error for the file, the fields that failed hold placeholder
/// values (empty text, topic `faq`, no date); a knowledge base with errors must not be
/// published.
public struct Article: Equatable, Sendable {
    /// What an article is about (`about:`), which decides the regions that may show it.
    public enum About: String, CaseIterable, Sendable {
        /// Dnevnik.ru: shown only in regions whose schools use it.
        case dnevnik
        /// Gosuslugi accounts as such: true in every region, whatever its e-diary.
        case gosuslugi
        /// Another system's family (`system:`): shown only in the regions of that family, and
        /// always with its public sources (`sources:`).
        case system
    }

    /// Ids the site uses for its own pages of a region (`/NN/leaflet/`…): no article may take them.
    public static let reservedIDs: Set<String> = ["diagnose", "leaflet", "search", "vote"]
    /// The site's own pages that every region has, so that any text may link to them like to
    /// an article: `[памятка](leaflet)`.
    public static let linkablePages: Set<String> = ["leaflet"]

    /// The file name without `.md`.
    public var id: String
    /// The region of a regional article (`regions/<NN>/<id>.md`); `nil` for a common one.
    public var regionCode: String?
    /// The file, relative to the directory the user works in.
    public var path: String
    public var title: String
    public var summary: String
    public var audiences: [Audience]
    public var topic: Topic
    public var about: About
    /// For `about: system`, the family it is about.
    public var system: SystemFamily?
    /// Public sources, each `address — what it says (seen YYYY-MM-DD)`: required for system
    /// articles, whose facts come from the systems' own help and the regions' ministries.
    public var sources: [String]
    public var updated: ContentDate?
    /// The region codes a common article is shown in; `nil` means every region. For an
    /// article about Dnevnik.ru this is what `regions:` says less the regions without
    /// Dnevnik.ru (see ``declaredRegions``).
    public var regions: [String]?
    /// The article's own `regions:` as written.
    public var declaredRegions: [String]?
    /// Ids of the articles shown under «См. также».
    public var related: [String]
    /// Sorts articles inside a topic; 100 when not given.
    public var order: Int
    /// Whether the article describes a flow that no longer applies.
    public var isHistory: Bool
    /// The Markdown body, region variables not yet replaced.
    public var body: String
    /// The file line on which `body` starts.
    public var bodyStartLine: Int
    public var headings: [Heading]

    /// Positions of the values, for the checks.
    var source: ContentSource

    /// Whether a regional article replaces a common one is decided by the knowledge base:
    /// see ``KnowledgeBase/isOverride(_:)``.
    public var isRegional: Bool { regionCode != nil }

    /// Whether a common article is shown in region `code` (ignoring regional overrides).
    public func applies(toRegion code: String) -> Bool {
        if let regionCode { return regionCode == code }
        return regions.map { $0.contains(code) } ?? true
    }
}
