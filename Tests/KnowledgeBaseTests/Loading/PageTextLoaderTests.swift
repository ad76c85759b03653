import XCTest
import KnowledgeBase

/// `pages/<kind>.md`: every key of the catalogue, no other, and no file missing.
final class PageTextLoaderTests: XCTestCase {
    func testTheCleanTreeHasEveryText() {
        let (knowledgeBase, diagnostics) = Fixtures.load("clean")
        XCTAssertEqual(diagnostics.filter { $0.path.contains("pages/") }, [])
        XCTAssertEqual(knowledgeBase.text(.region, "ask_the_school"), "Спросите в своей школе, у классного руководителя.")
        XCTAssertEqual(knowledgeBase.text(.leaflet, "title_dnevnik", ["name": "Омская область"]), "Вход в Дневник.ру — Омская область")
    }

    func testAMissingKeyAndAnUnknownKeyAreErrors() throws {
        var region = PageText.keys(of: .region).filter { $0 != "hotline" }.map { "\($0): \"x\"" }
        region.append("hotlin: \"Горячая линия: {number}\"")
        let root = try Fixtures.temporaryTree(["pages/region.md": "---\n" + region.joined(separator: "\n") + "\n---\n"])
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                                               options: .init(federalSubjects: Fixtures.subjects))
        let messages = diagnostics.filter { $0.severity == .error }.map(\.description)
        XCTAssertTrue(messages.contains { $0.hasPrefix("Articles/pages/region.md:") && $0.contains("hotlin") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("Articles/pages/region.md:") && $0.contains("«hotline»") }, "\(messages)")
        XCTAssertEqual(knowledgeBase.text(.leaflet, "title_dnevnik"), "⟦leaflet.title_dnevnik⟧")
    }

    func testFillLeavesUnknownNamesAndOtherBracesAlone() {
        XCTAssertEqual(PageText.fill("Школы {place} {x} {", ["place": "в Омской области"]), "Школы в Омской области {x} {")
        XCTAssertEqual(PageText.fill("{a}{a}", ["a": "1"]), "11")
    }
}
