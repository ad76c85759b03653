import XCTest
import KnowledgeBase

/// Links resolve per region: a regional version replaces the common article, and an addition
/// exists only in its own region.
final class LinkRuleTests: XCTestCase {
    private let subjects = [FederalSubject(code: "55", name: "Омская область"), FederalSubject(code: "70", name: "Томская область")]

    private func article(_ title: String, _ body: String, regions: String = "") -> String {
        "---\ntitle: \(title)\nsummary: Кратко\naudience: [parent]\ntopic: faq\nabout: dnevnik\nupdated: 2024-01-01\n\(regions)---\n\(body)\n"
    }

    private func linkDiagnostics(_ files: [String: String]) throws -> [String] {
        var tree = files
        tree["regions/_defaults.md"] = "---\nlogin_url: https://login.dnevnik.ru/login/esia\nsite: dnevnik.ru\nsupport: Школа.\n---\n"
        tree["regions/55.md"] = "---\ncode: \"55\"\nname: Омская область\nsystem: Дневник.ру\nsystem_short: Дневник.ру\ndnevnik_ru: yes\nconfirmed: 2026-09\nconfidence: high\nsources: [test]\n---\n"
        tree["regions/70.md"] = "---\ncode: \"70\"\nname: Томская область\nsystem: Дневник.ру\nsystem_short: Дневник.ру\ndnevnik_ru: yes\nconfirmed: 2026-09\nconfidence: high\nsources: [test]\n---\n"
        let root = try Fixtures.temporaryTree(tree)
        defer { try? FileManager.default.removeItem(at: root) }
        let (_, diagnostics) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                                  options: .init(federalSubjects: subjects))
        return diagnostics.filter { $0.path.contains("/articles/") || $0.path.contains("/regions/5") || $0.path.contains("/regions/7") }
            .filter { !$0.path.hasSuffix("/55.md") && !$0.path.hasSuffix("/70.md") }
            .map { "\($0.path):\($0.line):\($0.column): \($0.message)" }
    }

    func testAnchorMissingOnlyInARegionalVersion() throws {
        let diagnostics = try linkDiagnostics([
            "articles/target.md": article("Цель", "## Шаги\n\nТекст."),
            "regions/70/target.md": article("Цель в Томске", "## Порядок\n\nТекст."),
            "articles/source.md": article("Источник", "См. [шаги](target#шаги)."),
        ])
        XCTAssertEqual(diagnostics, ["Articles/articles/source.md:9:5: в статье «target» (в версии для региона 70) нет заголовка с якорем «#шаги»"])
    }

    func testAdditionIsVisibleOnlyInItsRegion() throws {
        let diagnostics = try linkDiagnostics([
            "regions/55/omsk-only.md": article("Только Омск", "Текст."),
            "regions/55/omsk-other.md": article("Тоже Омск", "[ок](omsk-only)"),
            "regions/70/tomsk.md": article("Томск", "[нет](omsk-only)"),
            "articles/common.md": article("Общая", "[только Омск](omsk-only)"),
            "articles/omsk-common.md": article("Общая для Омска", "[ок](omsk-only)", regions: "regions: [55]\n"),
        ])
        XCTAssertEqual(diagnostics, [
            "Articles/articles/common.md:9:1: статья «omsk-only» не показывается в регионе 70, где есть этот текст",
            "Articles/regions/70/tomsk.md:9:1: статья «omsk-only» не показывается в регионе 70, где есть этот текст",
        ])
    }

    func testRelatedAndPercentEncodedAnchors() throws {
        let diagnostics = try linkDiagnostics([
            "articles/target.md": article("Цель", "## Шаги входа\n\nТекст."),
            "articles/source.md": article("Источник", "[a](target#%D1%88%D0%B0%D0%B3%D0%B8-%D0%B2%D1%85%D0%BE%D0%B4%D0%B0) [b](target#шаги-входа)",
                                          regions: "related: [target, tagret]\n"),
        ])
        XCTAssertEqual(diagnostics, ["Articles/articles/source.md:8:19: нет статьи «tagret»"])
    }
}
