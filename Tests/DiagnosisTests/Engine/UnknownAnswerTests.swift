@testable import Diagnosis
import XCTest

/// `unknown` («Не знаю») makes the causes it touches possible, with what to check.
final class UnknownAnswerTests: XCTestCase {
    let engine = sharedEngine

    func testUnknownConditionMakesTheCausePossible() throws {
        let answers = ["symptom": "wrong-profile", "signed_in_elsewhere": "unknown"]
        XCTAssertEqual(try engine.evaluate(answers).findings, [
            Finding(cause: "signed-in-as-someone-else", certainty: .possible, toCheck: ["signed_in_elsewhere"]),
            Finding(cause: "escalate", certainty: .possible),
        ])
    }

    func testKnownFalseConditionWinsOverUnknown() throws {
        let answers = ["symptom": "no-children-visible", "who": "student", "family_linked_in_dnevnik": "unknown"]
        XCTAssertEqual(try engine.evaluate(answers).findings, [Finding(cause: "escalate", certainty: .certain)])
        // `who = student` rules the cause out: the family link is never asked.
        XCTAssertNil(try engine.nextQuestion(after: ["symptom": "no-children-visible", "who": "student"]))
    }

    func testPossibleCausesListEachUnknownFactToCheck() throws {
        let answers = ["symptom": "asks-dnevnik-login", "fio_match": "yes", "age": "unknown",
                       "snils_in_dnevnik": "yes", "snils_match": "unknown"]
        let evaluation = try engine.evaluate(answers)
        XCTAssertTrue(evaluation.isSettled)
        XCTAssertEqual(evaluation.findings, [
            Finding(cause: "snils-mismatch", certainty: .possible, toCheck: ["age", "snils_match"]),
            Finding(cause: "escalate", certainty: .possible),
        ])
    }

    func testACertainCauseRulesOutEscalateEvenWithPossibleOnes() throws {
        let answers = ["symptom": "asks-dnevnik-login", "fio_match": "no", "age": "unknown",
                       "snils_in_dnevnik": "unknown", "snils_match": "unknown"]
        XCTAssertEqual(try engine.evaluate(answers).findings.map(\.cause), ["fio-mismatch", "snils-missing", "snils-mismatch"])
    }

    func testUnknownSymptomConsidersEveryCause() throws {
        XCTAssertEqual(try engine.nextQuestion(after: [:]), "symptom")
        XCTAssertNotNil(try engine.nextQuestion(after: ["symptom": "unknown"]))
        XCTAssertEqual(try engine.remainingQuestions(after: ["symptom": "unknown"]), 13)
    }

    func testAllUnknownEndsWithEveryCausePossible() throws {
        var interview = try Interview(engine: engine)
        while interview.question != nil { try interview.answer("unknown") }
        let findings = interview.evaluation.findings
        // `unknown` for `who` leaves the age to ask; nothing can be certain.
        XCTAssertTrue(findings.allSatisfy { $0.certainty == .possible })
        XCTAssertEqual(findings.count, 14)
        XCTAssertEqual(findings.last?.cause, "escalate")
    }
}
