import Foundation

/// One line of `Fixtures/Search/real-queries.tsv`: a query in words people used on the web,
/// the half of the set it belongs to (tuned on, or held out), its kind, and the articles of
/// region 55 that answer it (any one of them in the first three results is a hit).
struct RealQuery: Sendable {
    enum Half: String, CaseIterable, Sendable {
        case tune, heldOut = "held-out"
    }

    var half: Half
    var kind: String
    var text: String
    var articles: [String]
    /// The page the wording comes from.
    var source: String

    /// The region every query of the set is asked in.
    static let region = "55"

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Search/real-queries.tsv")

    /// Every query of the file, in file order; `#` lines are comments.
    static func all() throws -> [RealQuery] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let half = Half(rawValue: fields[0]), !fields[1].isEmpty, !fields[2].isEmpty,
                  !fields[3].isEmpty, fields[4].hasPrefix("http")
            else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "bad line: \(line)"])
            }
            return RealQuery(half: half, kind: fields[1], text: fields[2],
                             articles: fields[3].split(separator: "|").map(String.init), source: fields[4])
        }
    }
}
