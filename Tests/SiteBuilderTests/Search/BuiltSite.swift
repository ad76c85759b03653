import Foundation
@testable import SiteBuilder

/// The repository's `Articles/` and `site/` built as `spravka build` builds them, for three
/// regions: 55 (Omsk: Dnevnik.ru, with a hotline), 77 (Moscow: another system, so only the
/// articles about Gosuslugi and no wizard) and 78 (Saint Petersburg: Dnevnik.ru in single
/// schools, no hotline). Built once per test run; the search pages and indexes are kept in
/// memory and the folder is removed.
enum BuiltSite {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let regions = ["55", "77", "78"]

    /// Site path (`55/search-index.json`, `55/search/index.html`) → text, or why the build failed.
    static let files: Result<[String: String], BuildFailure> = build()

    struct BuildFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func build() -> Result<[String: String], BuildFailure> {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let options = SiteBuilder.Options(
            articles: repositoryRoot.appendingPathComponent("Articles"), theme: repositoryRoot.appendingPathComponent("site"),
            output: output, baseURL: "https://example.org", regions: regions)
        do {
            let report = try SiteBuilder(options: options).build()
            guard report.succeeded else {
                return .failure(BuildFailure(description: report.diagnostics.map(\.description).joined(separator: "\n")))
            }
            var files: [String: String] = [:]
            for code in regions {
                for path in ["\(code)/search-index.json", "\(code)/search/index.html"] {
                    files[path] = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                }
            }
            return .success(files)
        } catch {
            return .failure(BuildFailure(description: "\(error)"))
        }
    }

    /// The text of a built file.
    static func text(_ path: String) throws -> String {
        guard let text = try files.get()[path] else { throw BuildFailure(description: "no \(path) in the built site") }
        return text
    }

    /// The bytes of region `code`'s search index, as shipped.
    static func indexJSON(_ code: String) throws -> Data {
        Data(try text("\(code)/search-index.json").utf8)
    }

    /// Region `code`'s search index, read back from its JSON.
    static func index(_ code: String) throws -> SearchIndex {
        try SearchIndex(json: indexJSON(code))
    }
}
