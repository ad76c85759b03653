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
