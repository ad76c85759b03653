import Foundation
import KnowledgeBase
import SpravkaCLI
import XCTest

/// The authors' commands speak Russian: `check`, `build` and `new` run on a copy of the real
/// content broken in as many ways as the rules know, and every finding they print (message
/// and hint), every summary and every failure is Russian, with only the stable words
/// `error`/`warning` and `path:line:column:` in front.
final class RussianMessagesTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var scratch: URL!
    private var articles: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-russian-\(UUID().uuidString)")
        articles = scratch.appendingPathComponent("Articles")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Articles"), to: articles)
        try breakContent()
    }

    override func tearDownWithError() throws {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    private func write(_ relative: String, _ text: String) throws {
        let url = articles.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: articles.appendingPathComponent(relative))
    }

    private func run(_ arguments: [String]) -> Transcript {
        let (console, output, error) = Console.inMemory()
        let status = SpravkaCLI.run(arguments: arguments, console: console)
        return Transcript(status: status, stdout: output.text, stderr: error.text)
    }

    /// Breaks every kind of file of the content, each rule at least once.
    private func breakContent() throws {
        let head = "---\ntitle: Статья\nsummary: Кратко.\naudience: [parent]\ntopic: faq\nabout: gosuslugi\nupdated: 2026-09-01\n"
        // Files and their names.
        try write("README.md", "Заметки.\n")
        try write("articles/Bad_Name.md", head + "---\nТекст.\n")
        try write("articles/leaflet.md", head + "---\nТекст.\n")
        try write("regions/omsk.md", "---\ncode: 55\n---\n")
        try write("regions/ab/article.md", head + "---\nТекст.\n")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: articles.appendingPathComponent("articles/not-utf8.md"))
        // Front-matter syntax.
        try write("articles/no-opening.md", "title: Статья\n")
        try write("articles/unclosed.md", "---\ntitle: Статья\n")
        try write("articles/syntax.md", """
            ---
            title: "открыто
            summary: 'Кратко.
            \taudience: [parent]
            related:
              - a
                - b
             - c
            topic: faq
            topic: login
            about: {b: c}
            regions:
              a: b
            history:
              k:
                n: v
            Bad: x
            order:5
            esc: "\\t"
            body: |
            list: [a, [b]] d
            flat: [a, , b
            map:
              - x
              k: v
            ---
            Текст.

            """)
        // Values of an article's keys, and its body.
        try write("articles/values.md", """
            ---
            title: Вход в\u{A0}{{region.name}}.
            sumary: Кратко.
            summary: ""
            audience: [parents, parent, parent]
            topic: logn
            about: dnevnik-ru
            updated: 2024-02-30
            regions: [5, 99, 55, 55]
            related: [missing-one, Bad_Id, values, login-website, login-website]
            order: ten
            history: yes
            ---
            ## Шаги в {{region.name}}

            См. [нет](no-such), [раздел](login-website#нет-главы), [файл](login-website.md), [скрипт](javascript:alert(1)),
            [http](http://example.ru), [ftp](ftp://example.ru), [своё](#чужая), [листовка](leaflet#шаги), [пусто]().
            Звоните: {{region.hotline}}, {{region.nme}}, {{ region.name }}, {{region.decrees}}.
            Ещё ЗАПОЛНИТЕ шаги.

            """)
        try write("articles/empty-regions.md", head + "regions: []\naudience2: x\n---\nТекст.\n")
        try write("articles/empty.md", head + "---\n\n")
        try write("articles/dnevnik-moscow.md", head.replacingOccurrences(of: "about: gosuslugi", with: "about: dnevnik")
            + "regions: [77]\n---\nТекст.\n")
        try write("articles/leak.md", head + "---\nОткройте 55.dnevnik.ru.\n")
        // Regional articles.
        try write("regions/55/regional.md", head + "regions: [55]\n---\nТекст.\n")
        try write("regions/77/old-flow.md", head.replacingOccurrences(of: "about: gosuslugi", with: "about: dnevnik") + "---\nТекст.\n")
        // Region files and the defaults.
        try write("regions/_defaults.md", "---\nlogin_url: https://login.dnevnik.ru/login/esia\nsite: dnevnik.ru\nhotline: 8-800\nsystem: Дневник.ру\n---\n")
        try write("regions/70.md", """
            ---
            code: 71
            name: Томск
            system: Дневник.ру
            system_short: Дневник.ру
            system_url: ftp://example.ru
            dnevnik_ru: yes
            confirmed: 2020-01
            confidence: medium
            esia_only_since: 2024-02-30
            hotline: {{region.support}}
            ---

            """)
        try write("regions/71.md", """
            ---
            code: 71
            name: Тульская область
            system: Дневник.ру
            dnevnik_ru: former
            confirmed: сентябрь
            confidence: low
            login_url: https://example.ru/login
            support:
            sources: [тест]
            ---

            """)
        try write("regions/72.md", """
            ---
            code: 72
            name: Тюменская область
            system: Дневник.ру
            system_short: Дневник.ру
            dnevnik_ru: partly
            confirmed:
            confidence: high
            login_url: http://login.dnevnik.ru/a b
            sources: [тест]
            ---

            """)
        try write("regions/77.md", """
            ---
            code: 77
            name: Москва
            system: МЭШ
            system_short: МЭШ
            dnevnik_ru: no
            confirmed: 2026-09
            confidence: high
            login_url: https://login.dnevnik.ru/login/esia/moscow
            notes:
              - Раньше был 77.dnevnik.ru
            sources: [тест]
            ---
            Адрес: login.dnevnik.ru/login/esia/moscow

            """)
        try write("regions/12.md", "---\ncode: 12\n---\n")
        // The synonyms.
        try write("search/synonyms.md", """
            ---
            updated: 2026-13-01
            color: red
            ---
            -
            - снилс
            - СНИЛС, снилс
            - код?, пароль
            - учитель, , педагог
            - дети, ребёнок,
            - учитель, преподаватель
            просто строка
            - -банк, банк

            """)
        // Questions and causes against the contract.
        try remove("diagnosis/questions/who.md")
        try remove("diagnosis/causes/escalate.md")
        try write("diagnosis/questions/extra.md", "---\nfact: extra\noperator: Вопрос?\nparent: Вопрос?\noptions:\n  yes: Да\n---\nПодсказка.\n")
        try write("diagnosis/questions/age.md", """
            ---
            fact: aged
            operator: Сколько лет?
            parent: Сколько лет?
            options:
              18-plus: Взрослый
              under-14: До 14
              teen: Подросток
              empty:
            weights:
              18-plus: много
              teen: 2
            ---

            """)
        try write("diagnosis/causes/c-three.md", "---\ncause: c-three\ntitle: Причина\nfix_by: [nobody]\narticle: help\ncheck: Проверьте.\nsay: Скажите.\n---\n1. Шаг.\n")
        try write("diagnosis/causes/fio-mismatch.md", """
            ---
            cause: fio
            title: Причина
            fix_by: []
            article: no-such-article
            check: Проверьте.
            say: Скажите.
            ---

            """)
        try write("diagnosis/causes/snils-missing.md", """
            ---
            cause: snils-missing
            title: Причина
            fix_by: [caller]
            article: Bad_Id
            check: Проверьте.
            say: Скажите.
            ---
            1. Шаг.

            """)
    }

    func testEveryFindingOfCheckIsRussian() throws {
        let result = run(["check", "--articles", articles.path, "--today", "2026-12-01"])
        XCTAssertEqual(result.status, 1, result.description)
        var lines = result.stdout.split(separator: "\n").map(String.init)
        let summary = try XCTUnwrap(lines.popLast())
        XCTAssertNotNil(summary.firstMatch(of: /^\d+ ошиб(ка|ки|ок), \d+ предупреждени(е|я|й)$/), summary)
        var messages = Set<String>()
        for line in lines {
            guard let message = RussianText.findingMessage(line) else { return XCTFail("not a finding: \(line)") }
            XCTAssertTrue(RussianText.isRussian(message), "English in: \(line)\n  words: \(RussianText.englishWords(in: message))")
            XCTAssertEqual(message.first.map { $0.isUppercase }, false, "a message starts lower-case: \(line)")
            messages.insert(message.replacing(/«[^«»]*»|\d+/, with: "…"))
        }
        // The broken tree reaches most of the rules: as many different messages as there are
        // rules and syntax errors it breaks (a shrinking count means a rule went silent here).
        XCTAssertGreaterThanOrEqual(messages.count, 100, messages.sorted().joined(separator: "\n"))
    }

    func testBuildFailureIsRussian() throws {
        let output = scratch.appendingPathComponent("public")
        let result = run(["build", "--articles", articles.path, "--theme", Self.repository.appendingPathComponent("site").path,
                          "--output", output.path])
        XCTAssertEqual(result.status, 1, result.description)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing is written on a content error")
        var lines = result.stderr.split(separator: "\n").map(String.init)
        let last = try XCTUnwrap(lines.popLast())
        XCTAssertNotNil(last.firstMatch(of: /^сборка не удалась: \d+ ошиб(ка|ки|ок), \d+ предупреждени(е|я|й); прежний сайт оставлен как был$/), last)
        XCTAssertGreaterThan(lines.count, 100)
        for line in lines {
            let message = try XCTUnwrap(RussianText.findingMessage(line), line)
            XCTAssertTrue(RussianText.isRussian(message), "English in: \(line)")
        }
    }

    func testBuildOfAnUnknownRegionIsRussian() throws {
        let clean = scratch.appendingPathComponent("clean")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Articles"), to: clean)
        let result = run(["build", "--articles", clean.path, "--theme", Self.repository.appendingPathComponent("site").path,
                          "--output", scratch.appendingPathComponent("public").path, "--region", "99"])
        XCTAssertEqual(result.status, 1, result.description)
        let finding = try XCTUnwrap(result.stderr.split(separator: "\n").first.flatMap(RussianText.findingMessage), result.stderr)
        XCTAssertTrue(finding.hasPrefix("неизвестный код региона 99"), finding)
        XCTAssertTrue(RussianText.isRussian(finding), finding)
    }

    func testNewSpeaksRussianWhetherItWritesOrRefuses() throws {
        let written = run(["new", "article", "school-open-day", "--articles", articles.path])
        XCTAssertTrue(written.stdout.hasPrefix("создан файл "), written.stdout)
        for line in written.stdout.split(separator: "\n") {
            let message = RussianText.findingMessage(line) ?? String(line)
            XCTAssertTrue(RussianText.isRussian(message), "English in: \(line)")
        }
        for arguments in [["article", "Bad_Id"], ["article", "x", "--region", "99"], ["region", "99"],
                          ["article", "login-website"], ["kind", "x"], ["region", "55", "--title", "x"]] {
            let refused = run(["new"] + arguments + ["--articles", articles.path])
            XCTAssertNotEqual(refused.status, 0, refused.description)
            let message = try XCTUnwrap(refused.stderr.firstMatch(of: /^spravka: (.*)\n/)?.1, refused.description)
            XCTAssertTrue(RussianText.isRussian(String(message)), "English in: \(refused.stderr)")
        }
        let nowhere = run(["new", "article", "x", "--articles", scratch.appendingPathComponent("nowhere").path])
        XCTAssertTrue(RussianText.isRussian(nowhere.stderr), nowhere.stderr)
    }

    /// The detector itself: what it lets through and what it catches.
    func testEnglishIsToldFromRussian() {
        XCTAssertTrue(RussianText.isRussian("неизвестный ключ «titel» (возможно, вы имели в виду «title»)"))
        XCTAssertTrue(RussianText.isRussian("у {{region.hotline}} нет значения для региона 68 (задайте «hotline» в файлах регионов или в regions/_defaults.md)"))
        XCTAssertTrue(RussianText.isRussian("неизвестное значение «techer» у ключа «audience» (возможные значения: parent, student-under-14, operator)"))
        XCTAssertTrue(RussianText.isRussian("ссылка на адрес http:// (используйте https://, если сайт его поддерживает)"))
        XCTAssertFalse(RussianText.isRussian("unknown key 'titel' (did you mean 'title'?)"))
        XCTAssertFalse(RussianText.isRussian("неизвестный ключ «titel» (did you mean «title»?)"))
        XCTAssertFalse(RussianText.isRussian("файл не найден: the file is missing"))
        XCTAssertEqual(RussianText.englishWords(in: "title ends with a full stop"), ["ends", "with", "a", "full", "stop"])
    }
}
