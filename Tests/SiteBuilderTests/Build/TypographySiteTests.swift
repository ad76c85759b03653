import Foundation
import Testing
@testable import SiteBuilder

/// The built site places no-break spaces in what a reader sees of an article — its title,
/// its body, its summary in lists — and nowhere in code, addresses or attributes, while the
/// source holds only plain spaces. Built from a copy of the shipped `Articles/` with one
/// more article.
@Suite struct TypographySiteTests {
    static let article = """
        ---
        title: Вход в Дневник.ру с 1 сентября 2024 года
        summary: Что делать, если до 14 лет нет своей учётной записи.
        audience: [parent]
        topic: faq
        about: gosuslugi
        updated: 2026-11-01
        ---
        Войдите в личный кабинет на Госуслугах — это 5 мин. Телефон: 8 800 100 70 10.

        ## Вход в приложение

        Наберите `в поле — 1 000` и откройте [раздел в профиле](<https://example.org/в профиле> "в профиле — 5 мин"), \
        адрес <https://www.gosuslugi.ru/help?q=в> или [ниже](#вход-в-приложение).

        ```
        в школе — 5 мин
        ```

        """

    @Test func articlePageHasNoBreakSpacesInTitleAndBodyButNotInCodeOrAttributes() throws {
        let repository = RegionTruthSiteTests.repository
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-typography-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let articles = scratch.appendingPathComponent("Articles")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Articles"), to: articles)
        try Data(Self.article.utf8).write(to: articles.appendingPathComponent("articles/typography-sample.md"))
        let report = try SiteBuilder(options: .init(
            articles: articles, theme: repository.appendingPathComponent("site"),
            output: scratch.appendingPathComponent("public"), baseURL: "https://example.org", regions: ["55"])).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        #expect(!report.diagnostics.contains { $0.message.contains("неразрывный пробел") }, "the shipped sources are plain")

        let page = try String(contentsOf: scratch.appendingPathComponent("public/55/typography-sample/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Вход в\u{A0}Дневник.ру с\u{A0}1\u{A0}сентября 2024\u{A0}года</h1>"))
        #expect(page.contains("<p>Войдите в\u{A0}личный кабинет на\u{A0}Госуслугах\u{A0}— это 5\u{A0}мин. Телефон: 8\u{A0}800\u{A0}100\u{A0}70\u{A0}10.</p>"))
        #expect(page.contains("<h2 id=\"вход-в-приложение\">Вход в\u{A0}приложение</h2>"), "the anchor is the heading's slug")
        #expect(page.contains("<code>в поле — 1 000</code>"))
        #expect(page.contains("<pre><code>в школе — 5 мин\n</code></pre>"))
        #expect(page.contains("title=\"в профиле — 5 мин\">раздел в\u{A0}профиле</a>"))
        #expect(page.contains("<a href=\"https://www.gosuslugi.ru/help?q=%D0%B2\">https://www.gosuslugi.ru/help?q=в</a> или <a "))
        #expect(page.contains("<a href=\"#%D0%B2%D1%85%D0%BE%D0%B4-%D0%B2-%D0%BF%D1%80%D0%B8%D0%BB%D0%BE%D0%B6%D0%B5%D0%BD%D0%B8%D0%B5\">ниже</a>"))
        // Inside tags (addresses, titles, alt texts, the head's meta) and inside code, none.
        for tag in Self.matches(of: "<", to: ">", in: page) {
            #expect(!tag.contains("\u{A0}"), "\(tag)")
        }
        for code in Self.matches(of: "<code", to: "</code>", in: page) {
            #expect(!code.contains("\u{A0}"), "\(code)")
        }
        #expect(!page.contains("%C2%A0"))
        #expect(page.contains("<title>Вход в Дневник.ру с 1 сентября 2024 года — Справка</title>"))

        // Title and summary in the region's lists.
        let search = try String(contentsOf: scratch.appendingPathComponent("public/55/search/index.html"), encoding: .utf8)
        #expect(search.contains(">Вход в\u{A0}Дневник.ру с\u{A0}1\u{A0}сентября 2024\u{A0}года</a> — Что делать, если до\u{A0}14\u{A0}лет нет своей учётной записи.</li>"))
    }

    /// The texts from each `open` to the next `close`, both included.
    static func matches(of open: String, to close: String, in text: String) -> [Substring] {
        var found: [Substring] = []
        var rest = text[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            found.append(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
        }
        return found
    }
}
