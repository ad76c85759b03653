@testable import Diagnosis
import XCTest

/// The lower bound: the fewest facts that decide every cause for one combination.
final class LowerBoundTests: XCTestCase {
    let engine = sharedEngine

    private func assignment(_ answers: [String: String]) throws -> [Int] {
        let state = try engine.state(for: answers)
        return try engine.compiled.facts.indices.map { try XCTUnwrap(state[$0], engine.compiled.facts[$0].id) }
    }

    private static let rest = [
        "who": "student", "age": "18-plus", "gosuslugi_account": "confirmed", "gosuslugi_login_ok": "yes",
        "teen_linked_to_parent": "yes", "dnevnik_profile": "yes", "fio_match": "yes", "snils_in_dnevnik": "yes",
        "snils_match": "yes", "birthdate_match": "yes", "family_linked_in_dnevnik": "yes", "signed_in_elsewhere": "no",
        "region_choice": "correct",
    ]

    func testSymptomAndOneFact() throws {
        var answers = Self.rest
        answers["symptom"] = "wrong-profile"
        answers["signed_in_elsewhere"] = "yes"
        XCTAssertEqual(LowerBound(contract: engine.compiled).questions(for: try assignment(answers)), 2)
    }

    /// When every cause fails on some condition, the symptom need not be asked at all.
    func testEveryCauseRuledOutWithoutTheSymptom() throws {
        var answers = Self.rest
        answers["symptom"] = "other"
        answers["who"] = "parent"
        answers["gosuslugi_login_ok"] = "yes"
        // login_ok, account, who (gives age), dnevnik, fio, snils_match (gives snils_in), family,
        // signed, region.
        XCTAssertEqual(LowerBound(contract: engine.compiled).questions(for: try assignment(answers)), 9)
        let tree = InterviewTree(engine: engine)
        XCTAssertGreaterThanOrEqual(tree.questions(for: try assignment(answers)), 9)
    }

    func testSubsetsOfGivenSize() {
        XCTAssertEqual(LowerBound.subsets(of: 4, size: 2).count, 6)
        XCTAssertEqual(LowerBound.subsets(of: 4, size: 0), [0])
        XCTAssertTrue(LowerBound.subsets(of: 5, size: 3).allSatisfy { $0.nonzeroBitCount == 3 && $0 < 32 })
    }
}
