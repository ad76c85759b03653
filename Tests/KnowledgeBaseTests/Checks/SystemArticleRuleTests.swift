import XCTest
import KnowledgeBase

/// Articles about another system's family: shown only in its regions, never without sources,
/// and their sources dated so that old ones are flagged.
final class SystemArticleRuleTests: XCTestCase {
    static let regions = [
        "regions/_defaults.md": "---\nsupport: Школа.\n---\n",
        "regions/04.md": "---\ncode: \"04\"\nname: Республика Алтай\nsystem: ТОР «Моя школа»\nsystem_short: Госуслуги Моя школа\nsystem_family: top\ndnevnik_ru: no\nconfirmed: 2026-09\nconfidence: high\nsupport: Школа.\nsources: [test]\n---\n",
        "regions/03.md": "---\ncode: \"03\"\nname: Республика Бурятия\nsystem: Сетевой город\nsystem_short: Сетевой город\nsystem_family: sgo\ndnevnik_ru: no\nconfirmed: 2026-09\nconfidence: high\nsupport: Школа.\nsources: [test]\n---\n",
        "regions/55.md": "---\ncode: \"55\"\nname: Омская область\nsystem: Дневник.ру\nsystem_short: Дневник.ру\ndnevnik_ru: yes\nconfirmed: 2026-09\nconfidence: high\nsources: [test]\n---\n",
    ]
    static let subjects = [
        FederalSubject(code: "03", name: "Республика Бурятия"), FederalSubject(code: "04", name: "Республика Алтай"),
        FederalSubject(code: "55", name: "Омская область"),
    ]

    func load(_ articles: [String: String], today: String = "2026-12-08") throws -> (KnowledgeBase, [String]) {
        let day = try XCTUnwrap(ContentDate(today))
        let root = try Fixtures.temporaryTree(Self.regions.merging(articles) { $1 })
        defer { try? FileManager.default.removeItem(at: root) }
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(
            directory: root.appendingPathComponent("Articles"), relativeTo: root,
            options: .init(federalSubjects: Self.subjects, today: day))
        let own = diagnostics.filter { $0.path.contains("/articles/") }
            .map { "\($0.path.split(separator: "/").last ?? ""):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
        return (knowledgeBase, own)
    }

    static func article(system: String = "top", regions: String? = nil, sources: String? = "[\"https://example.org/help — вход (seen 2026-09-24)\"]") -> String {
        var text = "---\ntitle: Вход\nsummary: Кратко\naudience: [parent]\ntopic: login\nabout: system\nsystem: \(system)\nupdated: 2026-12-08\n"
        if let regions { text += "regions: \(regions)\n" }
        if let sources { text += "sources: \(sources)\n" }
        return text + "---\nТекст.\n"
    }

    func testShownOnlyInTheRegionsOfItsFamily() throws {
        let (knowledgeBase, diagnostics) = try load(["articles/top-login.md": Self.article()])
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(knowledgeBase.articleIDs(visibleIn: "04"), ["top-login"])
        XCTAssertEqual(knowledgeBase.articleIDs(visibleIn: "03"), [])
        XCTAssertEqual(knowledgeBase.articleIDs(visibleIn: "55"), [])
        XCTAssertEqual(knowledgeBase.region(code: "55")?.family, .dnevnik)
    }

    func testWithoutSourcesOrInAnotherFamilysRegionIsAnError() throws {
        let (_, diagnostics) = try load([
            "articles/no-sources.md": Self.article(sources: nil),
            "articles/elsewhere.md": Self.article(regions: "[\"04\", \"03\", \"55\"]"),
        ])
        XCTAssertEqual(diagnostics, [
            "elsewhere.md:9:17: error: статья о ТОР «Моя школа», но школы региона 03 (Республика Бурятия) работают в «Сетевом городе» и его вариантах",
            "elsewhere.md:9:23: error: статья о ТОР «Моя школа», но школы региона 55 (Омская область) работают в Дневник.ру",
            "no-sources.md:6:1: error: у статьи о другой системе нет «sources»: на чём основан её текст",
        ])
    }

    func testSourcesSeenOverAYearAgoAreWarnings() throws {
        let sources = "[\"https://example.org/a — старое (seen 2025-10-01)\", \"https://example.org/b — свежее (seen 2026-09-24)\", \"без даты\"]"
        let (_, diagnostics) = try load(["articles/top-login.md": Self.article(sources: sources)], today: "2027-01-15")
        XCTAssertEqual(diagnostics, [
            "top-login.md:9:11: warning: источник статьи «top-login» просмотрен 1 октября 2025 года — больше 12 месяцев назад на 15 января 2027 года",
        ])
        let (_, fresh) = try load(["articles/top-login.md": Self.article(sources: sources)], today: "2026-10-31")
        XCTAssertEqual(fresh, [])
    }

    func testSystemWithoutAboutAndUnknownFamily() throws {
        let (_, diagnostics) = try load([
            "articles/a.md": Self.article(system: "dnevnik"),
            "articles/b.md": Self.article().replacingOccurrences(of: "about: system", with: "about: gosuslugi"),
        ])
        XCTAssertTrue(diagnostics.contains { $0.hasPrefix("a.md:7:9: error:") && $0.contains("«dnevnik»") }, "\(diagnostics)")
        XCTAssertTrue(diagnostics.contains("b.md:7:9: error: «system» бывает только у статьи с «about: system»"), "\(diagnostics)")
    }
}
