@testable import Diagnosis
import XCTest

/// The interview state machine: answers, back/undo, invalid answers, given facts.
final class InterviewTests: XCTestCase {
    let engine = sharedEngine

    func testScriptedInterview() throws {
        var interview = try Interview(engine: engine)
        XCTAssertEqual(interview.question, "symptom")
        XCTAssertEqual(interview.remainingQuestions, 14)
        try interview.answer("no-children-visible")
        XCTAssertEqual(interview.question, "who")
        XCTAssertEqual(interview.remainingQuestions, 2)
        try interview.answer("parent")
        XCTAssertEqual(interview.impliedFacts, ["age", "gosuslugi_login_ok"])
        XCTAssertEqual(interview.question, "family_linked_in_dnevnik")
        try interview.answer("no")
        XCTAssertTrue(interview.isFinished)
        XCTAssertEqual(interview.remainingQuestions, 0)
        XCTAssertEqual(interview.evaluation.findings, [Finding(cause: "family-not-linked", certainty: .certain)])
        XCTAssertEqual(interview.steps.map(\.fact), ["symptom", "who", "family_linked_in_dnevnik"])
    }

    func testBackUndoesOneAnswerAtATime() throws {
        var interview = try Interview(engine: engine)
        try interview.answer("no-children-visible")
        try interview.answer("parent")
        XCTAssertTrue(interview.back())
        XCTAssertEqual(interview.question, "who")
        XCTAssertNil(interview.answers["age"], "the implied age goes with the answer")
        try interview.answer("student")
        XCTAssertTrue(interview.isFinished)
        XCTAssertEqual(interview.evaluation.findings.map(\.cause), ["escalate"])
        XCTAssertTrue(interview.back())
        XCTAssertTrue(interview.back())
        XCTAssertEqual(interview.question, "symptom")
        XCTAssertFalse(interview.back())
        XCTAssertEqual(interview.steps, [])
    }

    func testGivenAnswersAreNotAskedAndNotUndone() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "wrong-profile"])
        XCTAssertEqual(interview.question, "signed_in_elsewhere")
        XCTAssertFalse(interview.back())
        try interview.answer("yes")
        XCTAssertEqual(interview.evaluation.findings, [Finding(cause: "signed-in-as-someone-else", certainty: .certain)])
    }

    func testInvalidAnswerIsRefusedAndChangesNothing() throws {
        var interview = try Interview(engine: engine)
        XCTAssertThrowsError(try interview.answer("maybe")) { error in
            guard case .answer(.unknownValue("symptom", "maybe", let valid))? = error as? InterviewError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(valid.last, "unknown")
        }
        XCTAssertEqual(interview.question, "symptom")
        XCTAssertEqual(interview.steps, [])
    }

    func testAnswerAfterTheEndIsRefused() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "wrong-profile", "signed_in_elsewhere": "no"])
        XCTAssertTrue(interview.isFinished)
        XCTAssertThrowsError(try interview.answer("yes")) { XCTAssertEqual($0 as? InterviewError, .finished) }
    }

    func testContradictingAnEarlierAnswerIsRefused() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "other", "age": "under-14"])
        // Answer everything until `who` is asked, then claim a parent (an adult).
        while let fact = interview.question, fact != "who" { try interview.answer("unknown") }
        XCTAssertEqual(interview.question, "who")
        XCTAssertThrowsError(try interview.answer("parent")) { error in
            XCTAssertEqual(error as? InterviewError,
                           .answer(.contradiction(fact: "age", value: "under-14", impliedBy: "who=parent", implied: "18-plus")))
        }
        XCTAssertEqual(interview.question, "who")
    }
}
