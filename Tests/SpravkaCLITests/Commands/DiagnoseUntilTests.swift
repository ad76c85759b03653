import Foundation
import SpravkaCLI
import Testing

/// `spravka diagnose --until first-fix`: the JSON protocol, the operator's interview at a first
/// fix with one key to check the rest, Markdown for the terminal, and the answers «ф» and «с»
/// imply. Runs on the real knowledge base in `Articles/`.
@Suite struct DiagnoseUntilTests {
    /// The caller is an adult asked for a Dnevnik.ru login: FIO, then SNILS.
    static let adultAskedForLogin = ["--given", "symptom=asks-dnevnik-login", "--given", "age=18-plus"]

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = spravka(arguments: ["diagnose", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func jsonStopsAtTheFirstCertainCauseAndListsTheRest() throws {
        let object = try json(["--until", "first-fix"] + Self.adultAskedForLogin + ["--given", "fio_match=no"])
        #expect(object["status"] as? String == "done")
        #expect(object["until"] as? String == "first-fix")
        let causes = try #require(object["causes"] as? [[String: Any]])
        #expect(causes.map { $0["id"] as? String } == ["fio-mismatch", "snils-missing", "snils-mismatch"])
        #expect(Set(causes[0].keys) == ["id", "title", "certainty", "fix_by", "article"])
        #expect(causes[0]["certainty"] as? String == "certain")
        for cause in causes.dropFirst() {
            #expect(cause["certainty"] as? String == "possible")
            #expect(cause["when"] as? String == "after")
        }
        #expect(causes[1]["to_check"] as? [String] == ["snils_in_dnevnik"])
        #expect(causes[2]["to_check"] as? [String] == ["snils_in_dnevnik", "snils_match"])
        // The same answers until `all`: the interview goes on.
        let all = try json(Self.adultAskedForLogin + ["--given", "fio_match=no"])
        #expect(all["status"] as? String == "ask")
    }

    @Test func jsonFirstFixAsksForTheQuickestFix() throws {
        let first = try json(["--until", "first-fix", "--given", "symptom=profile-not-found"])
        #expect((first["question"] as? [String: Any])?["id"] as? String == "dnevnik_profile")
    }

    @Test func jsonSettledAnswerIsTheSameInBothModes() {
        let given = ["--given", "symptom=wrong-profile", "--given", "signed_in_elsewhere=no"]
        let firstFix = spravka(arguments: ["diagnose", "--format", "json", "--until", "first-fix"] + given)
        let all = spravka(arguments: ["diagnose", "--format", "json", "--until", "all"] + given)
        #expect(firstFix == all)
        #expect(!firstFix.stdout.contains("\"until\""))
    }

    /// The JSON question carries how long the interview usually still is, as the operator's
    /// interview says it for the same answers, in both modes.
    @Test(arguments: [
        (["--until", "first-fix"], [String]()),
        (["--until", "first-fix"], adultAskedForLogin),
        (["--until", "all"], [String]()),
        (["--until", "all"], adultAskedForLogin),
        (["--until", "all"], ["--given", "symptom=profile-not-found"]),
    ])
    func jsonQuestionSaysTheUsualLengthAsTheInterviewDoes(mode: [String], given: [String]) throws {
        let object = try json(mode + given)
        let length = try #require(object["length"] as? [String: Any], "\(object)")
        let from = try #require(length["from"] as? Int), to = try #require(length["to"] as? Int)
        let text = try #require(length["text"] as? String)
        #expect(from >= 1 && from <= to && to <= from + 1)
        #expect(text.hasPrefix(from == to ? "обычно \(to) " : "обычно \(from)–\(to) "))
        let spoken = spravka(arguments: ["diagnose"] + mode + given, stdin: "q\n")
        #expect(spoken.stdout.contains("Вопрос 1 (до результата \(text))"), "\(spoken.stdout.prefix(400))")
    }

    @Test func theInterviewShowsTheFirstFixAndEndsThereOnEnter() {
        let result = spravka(arguments: ["diagnose", "--until", "first-fix"] + Self.adultAskedForLogin, stdin: "2\n\n")
        #expect(result.status == 0, "\(result)")
        let out = result.stdout
        #expect(out.contains("Вопрос 1 (до результата обычно 2–3 вопроса)"))
        #expect(out.contains("Итог: первая найденная причина"))
        #expect(out.contains("1. ФИО на Госуслугах и в Дневник.ру записаны по-разному — точно"))
        #expect(out.contains("Если после этого войти не получится:\n\n2. В профиле Дневник.ру не указан СНИЛС — возможно"))
        #expect(out.contains("п — проверить остальные причины (обычно 1–2 вопроса); Enter — закончить здесь; н — назад"))
        #expect(out.components(separatedBy: "Итог").count == 2, "the findings are shown once")
        #expect(out.contains("Сводка для заявки"))
        #expect(out.contains("[snils-missing] — возможно (если после исправления войти не получится)"))
        #expect(out.hasSuffix("Опрос остановлен на первой найденной причине: остальные причины не проверены до конца.\n"))
    }

    @Test func theKeyGoesOnToTheFullResultAndBackReturnsToTheStop() {
        // FIO differs (first fix), п, back to the stop, п again, the SNILS matches.
        let result = spravka(arguments: ["diagnose", "--until", "first-fix"] + Self.adultAskedForLogin, stdin: "2\nп\nн\nп\n1\n")
        #expect(result.status == 0, "\(result)")
        let out = result.stdout
        #expect(out.components(separatedBy: "Итог: первая найденная причина").count == 3)
        #expect(out.components(separatedBy: "Вопрос 2 ").count == 3)
        #expect(out.contains("Итог\n====\n\n1. ФИО на Госуслугах и в Дневник.ру записаны по-разному — точно"))
        #expect(!out.contains("Опрос остановлен на первой найденной причине"))
        #expect(out.contains("[fio-mismatch] — точно"))
        #expect(!out.contains("[snils-missing]"))
    }

    @Test func theStopWithTheRestAlreadyKnownInMarkdown() {
        let result = spravka(
            arguments: ["diagnose", "--format", "markdown", "--until", "first-fix"] + Self.adultAskedForLogin + ["--given", "fio_match=no"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("## Итог: первая найденная причина"))
        #expect(result.stdout.contains("**Если после этого войти не получится:**"))
        #expect(result.stdout.contains("## Сводка для заявки"))
    }

    @Test func hintsAreMarkdownForTheTerminal() {
        let piped = spravka("diagnose", stdin: "?\nq\n")
        #expect(piped.stdout.contains("- Не пускают Госуслуги. Ошибка появляется"))
        #expect(!piped.stdout.contains("**"))
        let terminal = spravka("diagnose", stdin: "?\nq\n", terminal: true)
        #expect(terminal.stdout.contains("- \u{1B}[1mНе пускают Госуслуги.\u{1B}[22m Ошибка появляется"))
        #expect(!terminal.stdout.contains("**"))
        let noColor = spravka("diagnose", stdin: "?\nq\n", environment: ["NO_COLOR": "1"], terminal: true)
        #expect(!noColor.stdout.contains("\u{1B}"))
    }

    @Test func namesComparedProposeTheAnswerAndEnterTakesIt() {
        let result = spravka(arguments: ["diagnose"] + Self.adultAskedForLogin, stdin: "ф\nСемёнов Пётр\nСеменов Пётр\n\n1\n")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Значит, ответ: 2. Нет, есть разница. Enter — принять, или введите другой ответ."))
        #expect(result.stdout.contains("буква в букву? — Нет, есть разница"))
        #expect(result.stdout.contains("[fio-mismatch] — точно"))
    }

    @Test func anotherKeyAnswersByHand() {
        let result = spravka(arguments: ["diagnose"] + Self.adultAskedForLogin, stdin: "ф\nСемёнов Пётр\nСеменов Пётр\n1\n1\n")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("буква в букву? — Да, совпадают полностью"))
        #expect(!result.stdout.contains("[fio-mismatch]"))
    }

    @Test func aSNILSWithWrongCheckDigitsProposesNoMatch() {
        let result = spravka(arguments: ["diagnose"] + Self.adultAskedForLogin, stdin: "1\nс\n112-233-445 96\n\n")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Контрольное число неверное"))
        #expect(result.stdout.contains("Значит, ответ: 2. Нет, номер другой."))
        #expect(result.stdout.contains("[snils-mismatch] — точно"))
        #expect(!result.stdout.contains("112-233-445"))
    }

    @Test func unknownUntilIsAUsageError() {
        let result = spravka("diagnose", "--until", "first")
        #expect(result.status == 64)
        #expect(result.stderr.contains("first-fix"))
    }
}
