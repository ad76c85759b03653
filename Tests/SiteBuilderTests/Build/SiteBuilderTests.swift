import Foundation
import XCTest
@testable import SiteBuilder

/// Whole-site tests on the shipped content, one region at a time to stay fast.
final class SiteBuilderTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func options(output: String, articles: URL? = nil, regions: [String] = ["55"]) -> SiteBuilder.Options {
        SiteBuilder.Options(
            articles: articles ?? Self.repository.appendingPathComponent("Articles"),
            theme: Self.repository.appendingPathComponent("site"),
            output: scratch.appendingPathComponent(output),
            baseURL: "https://example.org", regions: regions)
    }

    private func build(_ options: SiteBuilder.Options) throws -> BuildReport {
        let report = try SiteBuilder(options: options).build()
        XCTAssertTrue(report.succeeded, report.diagnostics.map(\.description).joined(separator: "\n"))
        return report
    }

    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in SiteWriter.listFiles(under: folder.path) {
            files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return files
    }

    private func text(_ folder: String, _ path: String) throws -> String {
        try String(contentsOf: scratch.appendingPathComponent(folder).appendingPathComponent(path), encoding: .utf8)
    }

    func testBuildsEveryKindOfPage() throws {
        let report = try build(options(output: "public"))
        let files = Set(report.files.map(\.path))
        for path in ["index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml",
                     "55/index.html", "55/login-website/index.html", "55/diagnose/index.html",
                     "55/search/index.html", "55/search-index.json", "55/hotline/index.html"] {
            XCTAssertTrue(files.contains(path), "missing \(path)")
        }
        XCTAssertFalse(files.contains("29/index.html"), "only the region asked for is built")
        let article = try text("public", "55/login-website/index.html")
        XCTAssertTrue(article.contains("<html lang=\"ru\">"))
        XCTAssertTrue(article.contains("<link rel=\"canonical\" href=\"https://example.org/55/login-website/\">"))
        XCTAssertTrue(article.contains("<meta property=\"og:title\""))
        XCTAssertTrue(article.contains("Проверено: <time datetime=\""))
        XCTAssertTrue(article.contains("Для кого: "))
    }

    func testPagesResolveVariablesAndLinkWithinTheRegion() throws {
        let report = try build(options(output: "public"))
        for file in report.files where file.path.hasSuffix(".html") {
            let html = try text("public", file.path)
            XCTAssertFalse(html.contains("{{"), "\(file.path) has an unresolved variable")
            // No request leaves the site: scripts, styles and icons are local.
            XCTAssertFalse(html.contains("src=\"http"), "\(file.path) loads an external resource")
            XCTAssertFalse(html.contains("<link rel=\"stylesheet\" href=\"http"), file.path)
            // Links between articles point into the same region.
            for match in html.components(separatedBy: "href=\"/").dropFirst() {
                let path = String(match.prefix { $0 != "\"" })
                let first = path.split(separator: "/").first.map(String.init) ?? ""
                if first.count == 2, first.allSatisfy(\.isNumber) {
                    XCTAssertEqual(first, "55", "\(file.path) links to another region: /\(path)")
                }
            }
        }
        let home = try text("public", "55/index.html")
        XCTAssertTrue(home.contains("8-800-381-1234"), "Omsk's hotline is on its home page")
        XCTAssertTrue(home.contains("https://login.dnevnik.ru/login/esia/omsk"))
    }

    func testArticlePagesWithTheirCSSStayUnder30KB() throws {
        let report = try build(options(output: "public"))
        let css = report.files.first { $0.path.hasPrefix("css/site.") && $0.path.hasSuffix(".css") }?.size ?? 0
        XCTAssertGreaterThan(css, 0)
        let special = ["55/index.html", "55/diagnose/index.html", "55/search/index.html"]
        let articles = report.files.filter { $0.path.hasPrefix("55/") && $0.path.hasSuffix("/index.html") && !special.contains($0.path) }
        XCTAssertGreaterThan(articles.count, 50)
        for file in articles {
            XCTAssertLessThanOrEqual(file.size + css, 30 * 1024, "\(file.path) is \(file.size) bytes + \(css) of CSS")
        }
    }

    func testTwoBuildsAreByteIdentical() throws {
        _ = try build(options(output: "one"))
        _ = try build(options(output: "two"))
        let one = try snapshot(scratch.appendingPathComponent("one"))
        let two = try snapshot(scratch.appendingPathComponent("two"))
        XCTAssertEqual(one.keys.sorted(), two.keys.sorted())
        for (path, data) in one {
            XCTAssertEqual(data, two[path], "\(path) differs between two builds")
        }
    }

    func testRebuildWithNoChangeRewritesNothing() throws {
        let first = try build(options(output: "public"))
        XCTAssertEqual(first.changedFiles, first.fileCount + 1, "a clean build writes every file and the marker")
        let page = scratch.appendingPathComponent("public/55/index.html")
        let before = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        let second = try build(options(output: "public"))
        XCTAssertEqual(second.changedFiles, 0)
        XCTAssertEqual(second.timings.map(\.stage), ["fingerprint"], "nothing loaded, rendered or written")
        XCTAssertEqual(second.pageCount, first.pageCount)
        let after = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        XCTAssertEqual(before, after)
    }

    func testRebuildWithNoChangeReportsTheWarningsAgain() throws {
        let articles = scratch.appendingPathComponent("Articles")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Articles"), to: articles)
        let article = articles.appendingPathComponent("regions/55/hotline.md")
        let text = try String(contentsOf: article, encoding: .utf8) + "\nЗАПОЛНИТЕ ещё один шаг.\n"
        try text.write(to: article, atomically: true, encoding: .utf8)

        let first = try build(options(output: "public", articles: articles))
        XCTAssertFalse(first.diagnostics.isEmpty)
        let second = try build(options(output: "public", articles: articles))
        XCTAssertEqual(second.changedFiles, 0)
        XCTAssertEqual(second.diagnostics.map(\.description), first.diagnostics.map(\.description))
    }

    func testRebuildInALaterMonthChecksTheContentAgain() throws {
        _ = try build(options(output: "public"))
        let marker = scratch.appendingPathComponent("public/\(SiteWriter.marker)")
        let text = try String(contentsOf: marker, encoding: .utf8)
        XCTAssertTrue(text.contains("\nchecked: "))
        let checkedLastYear = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("checked: ") ? "checked: 2000-01" : String($0) }.joined(separator: "\n")
        try checkedLastYear.write(to: marker, atomically: true, encoding: .utf8)

        let again = try build(options(output: "public"))
        XCTAssertEqual(again.timings.map(\.stage), ["fingerprint", "load"], "checked, not rendered")
        XCTAssertEqual(again.changedFiles, 0)
    }

    func testAChangedInputOrAMissingOutputFileIsRebuilt() throws {
        let theme = scratch.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("site"), to: theme)
        var options = options(output: "public")
        options.theme = theme
        _ = try build(options)
        XCTAssertEqual(try build(options).changedFiles, 0)

        try Data("body { color: black; }\n".utf8).write(to: theme.appendingPathComponent("css/site.css"))
        let afterThemeChange = try build(options)
        let stylesheet = "css/site.\(SHA256.hex(of: Array("body { color: black; }\n".utf8)).prefix(12)).css"
        XCTAssertTrue(afterThemeChange.files.contains { $0.path == stylesheet }, "the changed stylesheet gets a new name")
        XCTAssertEqual(try text("public", stylesheet), "body { color: black; }\n")
        XCTAssertTrue(try text("public", "55/index.html").contains("href=\"/\(stylesheet)\""), "pages link the new name")
        XCTAssertGreaterThan(afterThemeChange.changedFiles, 2, "the new stylesheet, the pages that link it and the marker")

        try FileManager.default.removeItem(at: scratch.appendingPathComponent("public/55/login-website/index.html"))
        let afterDeletion = try build(options)
        XCTAssertEqual(afterDeletion.changedFiles, 1, "the missing page is written again")
        XCTAssertEqual(try build(options).changedFiles, 0)

        try FileManager.default.removeItem(at: scratch.appendingPathComponent("public/55/search-index.json"))
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("public/55/search-index.json"), withIntermediateDirectories: true)
        XCTAssertEqual(try build(options).changedFiles, 1, "a folder in place of a file is not the file")
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("public/55/login-website/index.html").path))
    }

    func testFailedBuildLeavesThePreviousSiteUntouched() throws {
        _ = try build(options(output: "public"))
        let before = try snapshot(scratch.appendingPathComponent("public"))

        // A copy of the content with one broken article.
        let articles = scratch.appendingPathComponent("Articles")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Articles"), to: articles)
        let broken = articles.appendingPathComponent("articles/login-website.md")
        var text = try String(contentsOf: broken, encoding: .utf8)
        text = text.replacingOccurrences(of: "\ntitle:", with: "\ntitel:")
        try text.write(to: broken, atomically: true, encoding: .utf8)

        let report = try SiteBuilder(options: options(output: "public", articles: articles)).build()
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.stage, .load)
        let messages = report.diagnostics.filter { $0.severity == .error }.map(\.description)
        XCTAssertTrue(messages.contains { $0.contains("articles/login-website.md:") && $0.contains("titel") }, messages.joined(separator: "\n"))
        XCTAssertEqual(try snapshot(scratch.appendingPathComponent("public")), before)
    }

    func testRefusesToReplaceAFolderItDidNotWrite() throws {
        let output = scratch.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: output.appendingPathComponent("notes.txt"))
        XCTAssertThrowsError(try SiteBuilder(options: options(output: "precious")).build())
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("notes.txt")), Data("keep me".utf8))
    }

    func testUnknownRegionIsAnError() throws {
        let report = try SiteBuilder(options: options(output: "public", regions: ["99"])).build()
        XCTAssertFalse(report.succeeded)
        XCTAssertTrue(report.diagnostics.contains { $0.message.contains("неизвестный код региона 99") })
    }
}
