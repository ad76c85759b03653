import XCTest
import KnowledgeBase

/// What `spravka new` leaves to fill in is a warning at its position.
final class FillInRuleTests: XCTestCase {
    func testPlaceholdersAndEmptyRegionKeysAreWarnings() throws {
        let root = try Fixtures.temporaryTree([
            "regions/_defaults.md": "---\nlogin_url: https://login.dnevnik.ru/login/esia\nsite: dnevnik.ru\nsupport: Школа.\n---\n",
            "regions/55.md": "---\ncode: \"55\"\nname: Омская область\nsystem: Дневник.ру\nsystem_short: Дневник.ру\ndnevnik_ru: yes\nconfirmed: 2026-09\nconfidence: high\nsources: [test]\nhotline:  # ЗАПОЛНИТЕ телефон\n---\n",
            "articles/new.md": "---\ntitle: ЗАПОЛНИТЕ заголовок\nsummary: Кратко\naudience: [parent]\ntopic: faq\nabout: dnevnik\nupdated: 2024-01-01\n---\nТекст.\n\nЕщё ЗАПОЛНИТЕ шаги.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (_, diagnostics) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                                  options: .init(federalSubjects: [FederalSubject(code: "55", name: "Омская область")]))
        let fillIn = diagnostics.filter { $0.message.contains("ещё не заполнен") }.map { "\($0.path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
        XCTAssertEqual(fillIn, [
            "Articles/articles/new.md:2:8: warning: «title» ещё не заполнено",
            "Articles/articles/new.md:11:5: warning: текст ещё не заполнен",
            "Articles/regions/55.md:10:1: warning: «hotline» ещё не заполнено",
        ])
        // The scaffolded files themselves have no errors (the tiny tree lacks the diagnosis files).
        let ownErrors = diagnostics.filter { $0.severity == .error && ($0.path.hasSuffix("new.md") || $0.path.hasSuffix("55.md")) }
        XCTAssertEqual(ownErrors, [])
    }
}
