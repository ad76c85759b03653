import SpravkaCLI
import XCTest

/// `spravka diagnose`: the stateless JSON protocol, piped answers, invalid input, back.
/// Run from the package root, so the real knowledge base in `Articles/` gives the wording.
final class DiagnoseCommandTests: XCTestCase {
    func testJSONAsksTheNextQuestionWithEveryOption() throws {
        let result = spravka("diagnose", "--given", "symptom=wrong-profile", "--format", "json")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["status", "question", "length"])
        XCTAssertEqual(object["status"] as? String, "ask")
        let question = try XCTUnwrap(object["question"] as? [String: Any])
        XCTAssertEqual(Set(question.keys), ["id", "text", "options"])
        XCTAssertEqual(question["id"] as? String, "signed_in_elsewhere")
        XCTAssertFalse((question["text"] as? String ?? "").isEmpty)
        let options = try XCTUnwrap(question["options"] as? [[String: String]])
        XCTAssertEqual(options.map { $0["value"] }, ["yes", "no", "unknown"])
        XCTAssertEqual(options.last?["label"], "Не знаю")
        XCTAssertTrue(options.allSatisfy { Set($0.keys) == ["value", "label"] })
        XCTAssertTrue(result.stdout.hasPrefix("{\"status\":\"ask\",\"question\":{\"id\":\"signed_in_elsewhere\",\"text\":"))
    }

    func testJSONDoneListsCausesInOrderWithRegionalArticles() throws {
        let result = spravka(
            "diagnose", "--format", "json", "--region", "55",
            "--given", "symptom=asks-dnevnik-login", "--given", "fio_match=no", "--given", "age=18-plus",
            "--given", "snils_in_dnevnik=no")
        XCTAssertEqual(result.status, 0)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["status"] as? String, "done")
        let causes = try XCTUnwrap(object["causes"] as? [[String: Any]])
        XCTAssertEqual(causes.map { $0["id"] as? String }, ["fio-mismatch", "snils-missing"])
        for cause in causes {
            XCTAssertEqual(Set(cause.keys), ["id", "title", "certainty", "fix_by", "article"])
            XCTAssertEqual(cause["certainty"] as? String, "certain")
            XCTAssertTrue((cause["article"] as? String ?? "").hasPrefix("/55/"))
        }
        XCTAssertEqual(causes[1]["fix_by"] as? [String], ["school"])
    }

    func testJSONPossibleCause() throws {
        let result = spravka("diagnose", "--format", "json", "--given", "symptom=wrong-profile", "--given", "signed_in_elsewhere=unknown")
        XCTAssertTrue(result.stdout.contains("\"id\":\"signed-in-as-someone-else\""))
        XCTAssertTrue(result.stdout.contains("\"certainty\":\"possible\""))
        XCTAssertTrue(result.stdout.contains("\"id\":\"escalate\""))
    }

    func testUnknownFactOrValueIsExit2NamingTheValidOnes() {
        let fact = spravka("diagnose", "--format", "json", "--given", "sympton=other")
        XCTAssertEqual(fact.status, 2)
        XCTAssertEqual(fact.stdout, "")
        XCTAssertTrue(fact.stderr.hasPrefix("spravka: unknown fact 'sympton'; valid facts: symptom, who, age,"))
        XCTAssertEqual(fact.stderr.filter { $0 == "\n" }.count, 1)
        let value = spravka("diagnose", "--format", "json", "--given", "age=adult")
        XCTAssertEqual(value, Transcript(status: 2, stdout: "",
            stderr: "spravka: unknown value 'adult' for fact 'age'; valid values: under-14, 14-17, 18-plus, unknown\n"))
    }

    func testUnknownRegionIsExit2WithTheNearest() {
        let result = spravka("diagnose", "--format", "json", "--region", "Омская")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("spravka: unknown region 'Омская'; nearest known: 55 (Омская область)"), result.stderr)
    }

    func testPipedAnswersOneLinePerQuestion() {
        // wrong-profile, then «да»: one cause, certain.
        let result = spravka("diagnose", stdin: "5\n1\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        // The usual length, not the worst case (14 questions).
        XCTAssertTrue(result.stdout.contains("Вопрос 1 (до результата обычно 7–8 вопросов)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Вопрос 2 (до результата обычно 1 вопрос)"))
        XCTAssertTrue(result.stdout.contains("[signed-in-as-someone-else] — точно"))
        XCTAssertTrue(result.stdout.contains("Сводка для заявки"))
    }

    func testInvalidInputIsAskedAgain() {
        let result = spravka("diagnose", stdin: "9\nда\n\n5\n1\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("«9» — нет такого ответа. Введите число от 1 до 6 или 0, если звонящий не знает."))
        XCTAssertTrue(result.stdout.contains("«да» — нет такого ответа."))
        XCTAssertTrue(result.stdout.contains("Пустой ответ."))
        XCTAssertTrue(result.stdout.contains("[signed-in-as-someone-else] — точно"))
    }

    func testBackUndoesTheLastAnswer() {
        // no-children-visible, then back, then wrong-profile and «нет»: escalate.
        let result = spravka("diagnose", stdin: "4\nн\n5\n2\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("[escalate] — точно"))
        XCTAssertFalse(result.stdout.contains("family-not-linked"))
        let first = spravka("diagnose", stdin: "b\n5\n2\n")
        XCTAssertTrue(first.stdout.contains("Это первый вопрос: возвращаться некуда."))
    }

    func testUnknownIsZero() {
        let result = spravka("diagnose", stdin: "5\n0\n")
        XCTAssertTrue(result.stdout.contains("[signed-in-as-someone-else] — возможно"))
        XCTAssertTrue(result.stdout.contains("Проверить: "))
    }

    func testQuitAndEndOfInput() {
        let quit = spravka("diagnose", stdin: "q\n")
        XCTAssertEqual(quit.status, 0)
        XCTAssertTrue(quit.stdout.hasSuffix("Опрос прерван. Ничего не сохранено.\n"))
        let ended = spravka("diagnose", stdin: "2\n")
        XCTAssertEqual(ended.status, 1)
        XCTAssertEqual(ended.stderr, "spravka: input ended before the interview was finished; next question: age\n")
    }

    func testSNILSAndNamesCheckedInsideTheInterviewAreNotShownOrKept() throws {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-diagnose-\(UUID()).txt")
        defer { try? FileManager.default.removeItem(at: transcript) }
        let result = spravka(
            "diagnose", "--transcript", transcript.path,
            "--given", "symptom=asks-dnevnik-login", "--given", "age=18-plus",
            stdin: "ф\nСемёнов Пётр\nСеменов Пётр\n1\nс\n112-233-445 95\n1\n1\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("«ё» (4-й символ)"))
        XCTAssertTrue(result.stdout.contains("Контрольное число 95 верное"))
        XCTAssertFalse(result.stdout.contains("112-233-445"))
        let saved = try String(contentsOf: transcript, encoding: .utf8)
        XCTAssertTrue(saved.contains("Вопросы и ответы:"))
        XCTAssertFalse(saved.contains("112"))
        XCTAssertFalse(saved.contains("Семёнов"))
    }

    func testMarkdownReport() {
        let result = spravka("diagnose", "--format", "markdown", "--given", "symptom=wrong-profile", "--given", "signed_in_elsewhere=yes")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("## Итог"))
        XCTAssertTrue(result.stdout.contains("### 1. "))
        XCTAssertTrue(result.stdout.contains("## Сводка для заявки"))
    }
}
