import Foundation
import HTTPTestSupport
import KnowledgeBase
import XCTest
@testable import SiteBuilder

/// `spravka serve`'s preview on a copy of the real content (one region, to stay fast): edits
/// are served after the rebuild, errors replace pages until fixed, the reload script is only
/// in what is served.
final class PreviewServerTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var scratch: URL!
    private var articles: URL!
    private var preview: PreviewServer!
    private let events = EventLog()

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-preview-\(UUID().uuidString)")
        articles = scratch.appendingPathComponent("Articles")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Articles"), to: articles)
        let events = self.events
        preview = PreviewServer(
            options: PreviewServer.Options(articles: articles, theme: Self.repository.appendingPathComponent("site"),
                                           regions: ["55"], port: 0, pollInterval: 0.1),
            onEvent: { events.append($0) })
        try preview.start()
    }

    override func tearDownWithError() throws {
        preview.stop()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// The address of a theme file as the served region home links it (its name carries its
    /// content hash).
    private func themeAddress(_ pattern: String) throws -> String {
        let home = try fetch(port: port, "/55/").text
        let expression = try Regex(pattern)
        return String(try XCTUnwrap(home.firstMatch(of: expression), "no \(pattern) in index.html").output[0].substring ?? "")
    }

    private var port: Int {
        Int(preview.address.split(separator: ":").last?.dropLast() ?? "") ?? 0
    }

    /// Fetches `target` until `condition` holds, for up to `seconds`.
    private func eventually(_ target: String, seconds: Double = 30, _ condition: (TestResponse) -> Bool) throws -> TestResponse {
        let deadline = Date().addingTimeInterval(seconds)
        var response = try fetch(port: port, target)
        while !condition(response), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            response = try fetch(port: port, target)
        }
        return response
    }

    func testEditedArticleIsServedAfterTheRebuild() throws {
        let page = try fetch(port: port, "/55/hotline/")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("8-800-381-1234"))
        XCTAssertFalse(page.text.contains("Звонки принимают также субботними вечерами"))
        let version = try fetch(port: port, "/.spravka-serve/version").text

        let file = articles.appendingPathComponent("regions/55/hotline.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\nЗвонки принимают также субботними вечерами.\n").write(to: file, atomically: true, encoding: .utf8)

        let updated = try eventually("/55/hotline/") { $0.text.contains("Звонки принимают также субботними вечерами") }
        XCTAssertTrue(updated.text.contains("Звонки принимают также субботними вечерами"))
        XCTAssertNotEqual(try fetch(port: port, "/.spravka-serve/version").text, version, "open pages must see a new version")
        XCTAssertTrue(events.texts.contains { $0.hasPrefix("built") && !$0.contains("initial") })
    }

    func testErrorsReplacePagesUntilFixedAndEverythingElseStaysServed() throws {
        let stylesheet = try themeAddress(#"/css/site\.[0-9a-f]{12}\.css"#)
        let icon = try themeAddress(#"/icons/favicon\.[0-9a-f]{12}\.svg"#)
        let css = try fetch(port: port, stylesheet)
        XCTAssertEqual(css.status, 200)

        let file = articles.appendingPathComponent("regions/55/hotline.md")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "topic: remedy", with: "topic: remedy\ntitel: опечатка")
            .replacingOccurrences(of: "{{region.hotline_hours}}", with: "{{region.hotline_houres}}")
            .write(to: file, atomically: true, encoding: .utf8)

        let broken = try eventually("/55/") { $0.status == 500 }
        XCTAssertEqual(broken.status, 500)
        let page = broken.text
        XCTAssertTrue(page.contains("Сборка не удалась"), page)
        let diagnostics = events.failures.last ?? []
        XCTAssertGreaterThanOrEqual(diagnostics.filter { $0.severity == .error }.count, 2)
        for diagnostic in diagnostics {
            // The browser lists every error the terminal shows, as path:line:column.
            XCTAssertTrue(page.contains(escapeHTML(diagnostic.description)), diagnostic.description)
            XCTAssertTrue(diagnostic.path.hasSuffix("Articles/regions/55/hotline.md") || diagnostic.severity == .warning, diagnostic.description)
        }
        XCTAssertTrue(diagnostics.contains { $0.message.contains("titel") && $0.line == 12 && $0.column == 1 })
        XCTAssertTrue(page.contains(LiveReload.scriptPath), "the error page reloads itself once fixed")
        // Every page shows the list; the rest of the site is the last good build.
        XCTAssertEqual(try fetch(port: port, "/55/hotline/").status, 500)
        XCTAssertEqual(try fetch(port: port, "/index.html").status, 500)
        let staleCSS = try fetch(port: port, stylesheet)
        XCTAssertEqual(staleCSS.status, 200)
        XCTAssertEqual(staleCSS.body, css.body)
        XCTAssertEqual(try fetch(port: port, icon).status, 200)

        try original.write(to: file, atomically: true, encoding: .utf8)
        let fixed = try eventually("/55/") { $0.status == 200 }
        XCTAssertEqual(fixed.status, 200)
        XCTAssertFalse(fixed.text.contains("Сборка не удалась"))
    }

    func testReloadScriptIsOnlyInServedPages() throws {
        let served = try fetch(port: port, "/55/")
        XCTAssertTrue(served.text.contains(LiveReload.scriptPath))
        XCTAssertEqual(served.text.components(separatedBy: LiveReload.scriptPath).count, 2, "injected once")
        let reload = try fetch(port: port, LiveReload.scriptPath)
        XCTAssertEqual(reload.status, 200)
        XCTAssertTrue(reload.text.contains(LiveReload.versionPath), "the script file asks for the version")
        XCTAssertFalse(served.text.contains("<script>"), "no inline script: the pages' Content-Security-Policy forbids it")
        XCTAssertFalse(try fetch(port: port, try themeAddress(#"/css/site\.[0-9a-f]{12}\.css"#)).text.contains(LiveReload.scriptPath))
        let notFound = try fetch(port: port, "/55/no-such-page/")
        XCTAssertEqual(notFound.status, 404)
        XCTAssertTrue(notFound.text.contains(LiveReload.scriptPath))

        // `spravka build` of the same content has no trace of it.
        let output = scratch.appendingPathComponent("public")
        let report = try SiteBuilder(options: SiteBuilder.Options(
            articles: articles, theme: Self.repository.appendingPathComponent("site"), output: output, regions: ["55"])).build()
        XCTAssertTrue(report.succeeded)
        for file in report.files {
            let data = try Data(contentsOf: output.appendingPathComponent(file.path))
            XCTAssertNil(data.range(of: Data(LiveReload.scriptPath.utf8)), file.path)
            XCTAssertNil(data.range(of: Data("spravka serve".utf8)), file.path)
        }
    }

    func testBuildsGoToAPrivateFolder() throws {
        // Nothing is written next to the content or into the working directory's public/.
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        XCTAssertEqual(names, ["Articles"])
        XCTAssertEqual(try fetch(port: port, "/.spravka-site").status, 404)
    }
}

/// What the preview reported, for assertions.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [PreviewServer.Event] = []

    func append(_ event: PreviewServer.Event) {
        lock.withLock { events.append(event) }
    }

    var texts: [String] {
        lock.withLock {
            events.map {
                switch $0 {
                case .built(let report, let initial): "built \(report.changedFiles)\(initial ? " initial" : "")"
                case .failed(let report): "failed \(report.diagnostics.count)"
                case .writeFailed(let message): "write failed \(message)"
                }
            }
        }
    }

    var failures: [[Diagnostic]] {
        lock.withLock {
            events.compactMap {
                if case .failed(let report) = $0 { return report.diagnostics }
                return nil
            }
        }
    }
}
