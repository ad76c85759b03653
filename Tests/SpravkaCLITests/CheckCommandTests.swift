import Foundation
import KnowledgeBase
import SpravkaCLI
import XCTest

/// `spravka check`: problems as `path:line:column: severity: message`, a count, exit 0 or 1.
final class CheckCommandTests: XCTestCase {
    private var root: URL!
    private var previousDirectory = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        previousDirectory = FileManager.default.currentDirectoryPath
        // Paths are printed relative to the current directory.
        _ = FileManager.default.changeCurrentDirectoryPath(root.path)
    }

    override func tearDownWithError() throws {
        _ = FileManager.default.changeCurrentDirectoryPath(previousDirectory)
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A complete knowledge base with no problems: every region, fact and cause.
    private func writeCleanTree(at directory: String = "Articles") throws {
        try write("\(directory)/regions/_defaults.md", "---\nlogin_url: https://login.dnevnik.ru/login/esia\nsite: dnevnik.ru\nsupport: Обратитесь в школу.\n---\n")
        for subject in FederalSubject.all {
            try write("\(directory)/regions/\(subject.code).md", """
                ---
                code: "\(subject.code)"
                name: \(subject.name)
                system: Дневник.ру
                system_short: Дневник.ру
                dnevnik_ru: partly
                confirmed: 2026-09
                confidence: high
                sources: [тест]
                ---

                """)
        }
        for fact in DiagnosticContract.standard.facts {
            let options = fact.answerIDs.map { "  \($0): Ответ\n" }.joined()
            try write("\(directory)/diagnosis/questions/\(fact.id).md", "---\nfact: \(fact.id)\noperator: Вопрос?\nparent: Вопрос?\noptions:\n\(options)---\nПодсказка.\n")
        }
        for cause in DiagnosticContract.standard.causes {
            let parties = cause.fixBy.map(\.rawValue).joined(separator: ", ")
            try write("\(directory)/diagnosis/causes/\(cause.id).md", "---\ncause: \(cause.id)\ntitle: Причина\nfix_by: [\(parties)]\narticle: help\ncheck: Проверьте.\nsay: Скажите.\n---\n1. Шаг.\n")
        }
        try write("\(directory)/articles/help.md", "---\ntitle: Помощь\nsummary: Куда обратиться\naudience: [parent]\ntopic: remedy\nabout: dnevnik\nupdated: 2024-09-01\n---\n{{region.support}}\n")
    }

    func testCleanKnowledgeBase() throws {
        try writeCleanTree()
        XCTAssertEqual(spravka("check"), Transcript(status: 0, stdout: "0 ошибок, 0 предупреждений\n"))
    }

    func testProblemsSortedByPathLineAndColumnThenCounted() throws {
        try writeCleanTree(at: "content")
        try write("content/articles/b.md", "---\ntitel: x\nsummary: Кратко.\naudience: [parent]\ntopic: faq\nabout: dnevnik\nupdated: 2024-13-01\n---\nСм. [нет](nowhere).\n")
        try write("content/articles/a.md", "---\ntitle: Заголовок.\nsummary: x\naudience: [parent]\ntopic: faq\nabout: dnevnik\nupdated: 2024-01-01\n---\nТекст.\n")
        XCTAssertEqual(spravka("check", "--articles", "content"), Transcript(status: 1, stdout: """
            content/articles/a.md:2:8: warning: в конце заголовка стоит точка
            content/articles/b.md:1:1: error: нет обязательного ключа «title»
            content/articles/b.md:2:1: error: неизвестный ключ «titel» (возможно, вы имели в виду «title»)
            content/articles/b.md:7:10: error: неверная дата «2024-13-01»: пишите ГГГГ-ММ-ДД
            content/articles/b.md:9:5: error: нет статьи «nowhere»
            4 ошибки, 1 предупреждение

            """))
    }

    func testWarningsAloneExitZero() throws {
        try writeCleanTree()
        try write("Articles/articles/a.md", "---\ntitle: Заголовок.\nsummary: x\naudience: [parent]\ntopic: faq\nabout: dnevnik\nupdated: 2024-01-01\n---\nТекст.\n")
        XCTAssertEqual(spravka("check"), Transcript(status: 0, stdout: "Articles/articles/a.md:2:8: warning: в конце заголовка стоит точка\n0 ошибок, 1 предупреждение\n"))
    }

    func testMissingDirectory() {
        XCTAssertEqual(spravka("check", "--articles", "nowhere"), Transcript(status: 1, stdout: """
            nowhere:1:1: error: нет такой папки (запустите spravka из главной папки репозитория или укажите папку: --articles ПАПКА)
            1 ошибка, 0 предупреждений

            """))
    }

    func testSeverityIsColouredOnlyOnATerminal() throws {
        try write("Articles/articles/a.md", "no front matter\n")
        let plain = spravka("check")
        XCTAssertTrue(plain.stdout.contains("Articles/articles/a.md:1:1: error: нет открывающей строки «---»"), plain.stdout)
        let coloured = spravka("check", terminal: true)
        XCTAssertTrue(coloured.stdout.contains("Articles/articles/a.md:1:1: \u{1B}[1;31merror:\u{1B}[0m нет открывающей строки «---»"), coloured.stdout)
        XCTAssertEqual(coloured.status, 1)
    }
}
