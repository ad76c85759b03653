import Foundation

/// One line of `Fixtures/Search/parent-queries.tsv`: a query as a parent types it, in a
/// region, with the articles that answer it (any one of them in the first three results is
/// a hit).
struct ParentQuery: Sendable {
    var region: String
    var text: String
    var articles: [String]

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Search/parent-queries.tsv")

    /// Every query of the file, in file order; `#` lines are comments.
    static func all() throws -> [ParentQuery] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, !fields[1].isEmpty, !fields[2].isEmpty else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "bad line: \(line)"])
            }
            return ParentQuery(region: fields[0], text: fields[1], articles: fields[2].split(separator: ",").map(String.init))
        }
    }
}
