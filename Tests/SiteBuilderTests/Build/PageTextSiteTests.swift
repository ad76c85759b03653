import Foundation
import KnowledgeBase
import Testing
@testable import SiteBuilder

/// The pages take their words from `Articles/pages/` (``PageText``): every key a page asks for
/// is in the catalogue (a missing one would show as `⟦kind.key⟧`), every `{name}` is filled,
/// and a reworded text reaches the page with the site's typography.
@Suite(.serialized) struct PageTextSiteTests {
    @Test func everyPageFindsItsWordsAndFillsThem() throws {
        let (site, files) = try RegionTruthSiteTests.build(["55", "77", "78", "92"])
        defer { try? FileManager.default.removeItem(at: site) }
        var pages = 0
        for path in files.sorted() where path.hasSuffix(".html") {
            let text = try RegionTruthSiteTests.text(site, path)
            pages += 1
            #expect(!text.contains("⟦"), "\(path) asks for a word the catalogue does not have")
            #expect(text.firstMatch(of: /\{(place|system|name|title|address|number|hours|advice|count|regions|date|link)\}/) == nil,
                    "\(path) has a value not filled in")
        }
        #expect(pages > 50)
    }

    @Test func aSchoolRewordsAHeadingWithoutSwift() throws {
        let (scratch, articles) = try Self.copyOfArticles()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = articles.appendingPathComponent("pages/region-home.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: #"contact_heading: "Куда обращаться""#, with: #"contact_heading: "Где помогут в школе""#)
            .write(to: file, atomically: true, encoding: .utf8)
        let (output, report) = try Self.build(articles, in: scratch)
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        let home = try RegionTruthSiteTests.text(output, "55/index.html")
        // «в школе»: the site's typography joins the short word to the next one.
        #expect(home.contains(">Где помогут в\u{A0}школе</h2>"))
        #expect(!home.contains("Куда обращаться"))
    }
}

extension PageTextSiteTests {
    /// Without a file of the catalogue the site is not built (an error at assembly, naming
    /// the file), rather than built with pages that lack their words.
    @Test func aMissingCatalogueFileStopsTheBuild() throws {
        let (scratch, articles) = try Self.copyOfArticles()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.removeItem(at: articles.appendingPathComponent("pages/leaflet.md"))
        let (output, report) = try Self.build(articles, in: scratch)
        #expect(!report.succeeded)
        #expect(report.stage == .assemble)
        #expect(report.diagnostics.map(\.description).contains { $0.contains("pages/leaflet.md:1:1: error:") })
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

extension PageTextSiteTests {
    /// A scratch folder with a copy of the shipped `Articles/`, to edit.
    static func copyOfArticles() throws -> (scratch: URL, articles: URL) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-words-\(UUID().uuidString)")
        let articles = scratch.appendingPathComponent("Articles")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RegionTruthSiteTests.repository.appendingPathComponent("Articles"), to: articles)
        return (scratch, articles)
    }

    /// Builds region 55 from `articles` into `scratch/public`.
    static func build(_ articles: URL, in scratch: URL) throws -> (URL, BuildReport) {
        let output = scratch.appendingPathComponent("public")
        let report = try SiteBuilder(options: .init(
            articles: articles, theme: RegionTruthSiteTests.repository.appendingPathComponent("site"),
            output: output, regions: ["55"])).build()
        return (output, report)
    }
}
