import Foundation
import HTTP
import KnowledgeBase
import XCTest
@testable import SiteBuilder

/// The pages `spravka serve` shows instead of the site speak Russian: the list of content
/// errors (each still `path:line:column: error: …`) and the page shown while the first build
/// runs.
final class PreviewPagesTests: XCTestCase {
    /// What a reader sees of a page besides the listed findings: its text without markup,
    /// styles, scripts and `<code>`.
    static func visibleText(_ page: [UInt8]) -> String {
        var text = String(decoding: page, as: UTF8.self)
        for pattern in ["(?s)<style>.*?</style>", "(?s)<script.*?</script>", "(?s)<code>.*?</code>", "<[^>]*>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    static func isRussian(_ text: String) -> Bool {
        text.range(of: "[а-яё]", options: .regularExpression) != nil
            && text.range(of: "[A-Za-z]{2,}", options: .regularExpression) == nil
    }

    func testErrorPageSpeaksRussian() {
        let diagnostics = [
            Diagnostic(.error, path: "Articles/articles/a.md", line: 2, column: 1, message: "неизвестный ключ «titel»", hint: "возможно, вы имели в виду «title»"),
            Diagnostic(.error, path: "Articles/articles/a.md", line: 7, column: 10, message: "неверная дата «2026-11-31»: пишите ГГГГ-ММ-ДД"),
            Diagnostic(.warning, path: "Articles/articles/b.md", line: 2, column: 8, message: "в конце заголовка стоит точка"),
        ]
        let page = BuildErrorPage.render(diagnostics, version: 3)
        let visible = Self.visibleText(page)
        XCTAssertTrue(Self.isRussian(visible), visible)
        XCTAssertTrue(visible.contains("Сборка не удалась: 2 ошибки"), visible)
        let html = String(decoding: page, as: UTF8.self)
        XCTAssertTrue(html.contains("<code>Articles/articles/a.md:2:1: error: неизвестный ключ «titel» (возможно, вы имели в виду «title»)</code>"), html)
    }

    func testPageWhileTheFirstBuildRunsSpeaksRussianAndReloads() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-building-\(UUID().uuidString)")
        let server = PreviewServer(options: PreviewServer.Options(articles: scratch, theme: scratch))
        let response = server.respond(to: HTTPRequest(method: "GET", target: "/55/"))
        XCTAssertEqual(response.status, .serviceUnavailable)
        let visible = Self.visibleText(response.body)
        XCTAssertTrue(Self.isRussian(visible), visible)
        XCTAssertTrue(String(decoding: response.body, as: UTF8.self).contains(LiveReload.scriptPath), "it opens the page by itself once built")
        XCTAssertEqual(server.respond(to: HTTPRequest(method: "GET", target: "/css/site.css")).status, .serviceUnavailable)
    }

    func testRussianPlural() {
        XCTAssertEqual([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map { RussianPlural.count($0, "ошибка", "ошибки", "ошибок") }, [
            "0 ошибок", "1 ошибка", "2 ошибки", "4 ошибки", "5 ошибок", "11 ошибок", "12 ошибок", "14 ошибок",
            "21 ошибка", "22 ошибки", "25 ошибок", "101 ошибка", "111 ошибок",
        ])
        XCTAssertEqual(RussianPlural.findings(errors: 1, warnings: 3), "1 ошибка, 3 предупреждения")
    }
}
