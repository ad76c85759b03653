import Foundation
import Markdown
@testable import SiteBuilder

/// The repository's own articles as a search corpus: the common articles plus Omsk's (55),
/// with Omsk's region variables filled in, as one region of the real site would index them.
/// Read with a minimal front-matter reader so these tests do not depend on KnowledgeBase.
enum ArticleCorpus {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let omskVariables = [
        "region.name": "Омская область",
        "region.name_in": "в Омской области",
        "region.site": "55.dnevnik.ru",
        "region.login_url": "https://login.dnevnik.ru/login/esia/omsk",
        "region.hotline": "8-800-381-1234",
        "region.support": "Позвоните на бесплатную горячую линию 8-800-381-1234 или обратитесь к администратору Дневник.ру в своей школе.",
    ]

    /// The documents of region 55, or an empty list when the articles are not there.
    static func omskDocuments() throws -> [SearchDocument] {
        let folders = ["Articles/articles", "Articles/regions/55"].map { repositoryRoot.appendingPathComponent($0) }
        var documents: [SearchDocument] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".md") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                documents.append(document(id: String(name.dropLast(3)), text: text))
            }
        }
        return documents
    }

    /// One article: front matter stripped, title from `title:`, summary as the first sentence
    /// (as the site builder does), variables substituted, plain text via the Markdown module.
    static func document(id: String, text: String) -> SearchDocument {
        var lines = text.components(separatedBy: "\n")
        var title = id, summary = ""
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            for line in lines[1..<end] {
                if line.hasPrefix("title:") { title = value(line.dropFirst(6)) }
                if line.hasPrefix("summary:") { summary = value(line.dropFirst(8)) }
            }
            lines.removeSubrange(0...end)
        }
        var body = lines.joined(separator: "\n")
        for (name, value) in omskVariables { body = body.replacingOccurrences(of: "{{\(name)}}", with: value) }
        var document = SearchDocument(url: "/55/\(id)/", title: title, body: Document(parsing: body))
        if !summary.isEmpty { document.sentences.insert(summary, at: 0) }
        return document
    }

    private static func value(_ raw: Substring) -> String {
        var v = raw.trimmingCharacters(in: .whitespaces)
        if v.count >= 2, v.hasPrefix("\""), v.hasSuffix("\"") { v = String(v.dropFirst().dropLast()) }
        return v
    }
}
