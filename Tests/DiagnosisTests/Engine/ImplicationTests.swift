@testable import Diagnosis
import XCTest

/// Implied facts are filled in, never asked, and never contradicted.
final class ImplicationTests: XCTestCase {
    let engine = sharedEngine

    func testParentAndStaffAreAdults() throws {
        XCTAssertEqual(try engine.impliedFacts(["who": "parent"]), ["age": "18-plus"])
        XCTAssertEqual(try engine.impliedFacts(["who": "staff"]), ["age": "18-plus"])
        XCTAssertEqual(try engine.impliedFacts(["who": "student"]), [:])
    }

    func testSymptomGivesGosuslugiLogin() throws {
        XCTAssertEqual(try engine.impliedFacts(["symptom": "gosuslugi-login-fails"]), ["gosuslugi_login_ok": "no"])
        for symptom in ["profile-not-found", "asks-dnevnik-login", "no-children-visible", "wrong-profile"] {
            XCTAssertEqual(try engine.impliedFacts(["symptom": symptom]), ["gosuslugi_login_ok": "yes"], symptom)
        }
        XCTAssertEqual(try engine.impliedFacts(["symptom": "other"]), [:])
        XCTAssertEqual(try engine.impliedFacts(["symptom": "unknown"]), [:])
    }

    /// Contract version 2: a SNILS that was compared is there.
    func testComparedSNILSIsInDnevnik() throws {
        XCTAssertEqual(try engine.impliedFacts(["snils_match": "yes"]), ["snils_in_dnevnik": "yes"])
        XCTAssertEqual(try engine.impliedFacts(["snils_match": "no"]), ["snils_in_dnevnik": "yes"])
        XCTAssertEqual(try engine.impliedFacts(["snils_match": "unknown"]), [:])
        XCTAssertThrowsError(try engine.evaluate(["snils_in_dnevnik": "no", "snils_match": "yes"]))
    }

    /// The operator's case from issue 11: «СНИЛС внесён?» — «Не знаю», «СНИЛС совпадает?» —
    /// «Да» no longer ends with «СНИЛС не указан — возможно».
    func testUnknownSNILSPresenceThenAMatchRulesOutAMissingSNILS() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "asks-dnevnik-login", "age": "18-plus", "fio_match": "yes"])
        while let fact = interview.question {
            switch fact {
            case "snils_in_dnevnik": try interview.answer("unknown")
            case "snils_match": try interview.answer("yes")
            default: return XCTFail("unexpected question \(fact)")
            }
        }
        XCTAssertEqual(interview.answers["snils_in_dnevnik"], "yes")
        XCTAssertEqual(interview.evaluation.findings.map(\.cause), ["escalate"])
    }

    func testContradictionIsAnError() {
        XCTAssertThrowsError(try engine.evaluate(["who": "parent", "age": "14-17"])) { error in
            XCTAssertEqual(error as? AnswerError,
                           .contradiction(fact: "age", value: "14-17", impliedBy: "who=parent", implied: "18-plus"))
        }
        XCTAssertNoThrow(try engine.evaluate(["who": "parent", "age": "18-plus"]))
        XCTAssertEqual(try engine.complete(["who": "parent", "age": "unknown"])["age"], "18-plus")
    }

    func testUnknownFactAndValueNameTheValidOnes() {
        XCTAssertThrowsError(try engine.evaluate(["sympton": "other"])) { error in
            guard case .unknownFact("sympton", let valid)? = error as? AnswerError else { return XCTFail("\(error)") }
            XCTAssertEqual(valid.first, "symptom")
            XCTAssertEqual(valid.count, 14)
        }
        XCTAssertThrowsError(try engine.evaluate(["age": "adult"])) { error in
            XCTAssertEqual(error as? AnswerError,
                           .unknownValue(fact: "age", value: "adult", valid: ["under-14", "14-17", "18-plus", "unknown"]))
        }
    }
}
