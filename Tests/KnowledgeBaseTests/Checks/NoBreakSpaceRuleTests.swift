import Foundation
import Testing
import KnowledgeBase

/// A no-break space typed in a source is a warning at its line and column (in characters),
/// one per line, saying how many the line holds.
@Suite struct NoBreakSpaceRuleTests {
    static let region = """
        ---
        code: "55"
        name: Омская область
        name_in: в Омской области
        system: Дневник.ру
        system_short: Дневник.ру
        dnevnik_ru: yes
        confirmed: 2026-09
        confidence: high
        sources: [test]
        ---

        """

    /// The warnings about no-break spaces for a tree of the defaults, region 55 and `files`.
    static func warnings(_ files: [String: String], defaults: String? = nil) throws -> [String] {
        var tree = [
            "regions/_defaults.md": defaults ?? "---\nlogin_url: https://login.dnevnik.ru/login/esia\nsite: dnevnik.ru\nsupport: Спросите в школе.\n---\n",
            "regions/55.md": region,
        ]
        tree.merge(files) { _, new in new }
        let root = try Fixtures.temporaryTree(tree)
        defer { try? FileManager.default.removeItem(at: root) }
        let (_, diagnostics) = KnowledgeBase.load(
            directory: root.appendingPathComponent("Articles"), relativeTo: root,
            options: .init(contract: DiagnosticContract(facts: [], causes: [], implications: []),
                           federalSubjects: [FederalSubject(code: "55", name: "Омская область")],
                           today: try #require(ContentDate("2026-11-29"))))
        #expect(diagnostics.filter { $0.severity == .error } == [])
        return diagnostics.filter { $0.message.contains("неразрывный пробел") }.map(\.description)
    }

    @Test func eachLineWithANoBreakSpaceIsAWarningAtTheFirstOne() throws {
        let article = "---\ntitle: Вход в\u{A0}Дневник.ру\nsummary: Кратко.\naudience: [parent]\ntopic: faq\nabout: dnevnik\n"
            + "updated: 2026-11-01\n---\nПервая строка без них.\n\n"
            + "Войди\u{306}те в\u{A0}профиль и\u{A0}нажмите «Да»\u{A0}— всё.\n"
        let warnings = try Self.warnings(["articles/login.md": article])
        #expect(warnings == [
            "Articles/articles/login.md:2:14: warning: неразрывный пробел в тексте: наберите обычный пробел; неразрывные пробелы сайт ставит сам",
            "Articles/articles/login.md:11:10: warning: неразрывный пробел в тексте (3 в этой строке): наберите обычные пробелы; неразрывные пробелы сайт ставит сам",
        ])
    }

    @Test func theDefaultsAndWindowsLineEndingsAreCheckedToo() throws {
        let defaults = "---\r\nlogin_url: https://login.dnevnik.ru/login/esia\r\nsite: dnevnik.ru\r\nsupport: Спросите в\u{A0}школе.\r\n---\r\n"
        let warnings = try Self.warnings([:], defaults: defaults)
        #expect(warnings == [
            "Articles/regions/_defaults.md:4:20: warning: неразрывный пробел в тексте: наберите обычный пробел; неразрывные пробелы сайт ставит сам",
        ])
    }

    @Test func plainSourcesHaveNoWarning() throws {
        let article = "---\ntitle: Вход в Дневник.ру\nsummary: Кратко.\naudience: [parent]\ntopic: faq\nabout: dnevnik\n"
            + "updated: 2026-11-01\n---\nВойдите в профиль — и всё. Узкий\u{202F}пробел не трогаем.\n"
        #expect(try Self.warnings(["articles/login.md": article]) == [])
    }
}
