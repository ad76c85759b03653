@testable import Diagnosis
import KnowledgeBase
import XCTest

/// The contract table of docs/architecture.md, cause by cause: answers that make each cause certain,
/// and for each condition an answer that rules it out.
final class ContractTableTests: XCTestCase {
    let engine = sharedEngine

    /// For each cause: a symptom it explains and answers for which it is the only finding.
    static let table: [(cause: String, answers: [String: String])] = [
        ("gosuslugi-credentials", ["symptom": "gosuslugi-login-fails", "gosuslugi_login_ok": "no", "gosuslugi_account": "confirmed", "age": "18-plus"]),
        ("gosuslugi-no-account", ["symptom": "gosuslugi-login-fails", "age": "14-17", "gosuslugi_account": "none"]),
        ("gosuslugi-not-confirmed", ["symptom": "profile-not-found", "age": "18-plus", "gosuslugi_account": "simplified",
                                     "dnevnik_profile": "yes", "fio_match": "yes", "snils_in_dnevnik": "yes", "snils_match": "yes", "region_choice": "correct"]),
        ("child-account-missing", ["symptom": "gosuslugi-login-fails", "age": "under-14", "gosuslugi_account": "none"]),
        ("teen-not-linked", ["symptom": "profile-not-found", "age": "14-17", "gosuslugi_account": "confirmed", "teen_linked_to_parent": "no",
                             "dnevnik_profile": "yes", "fio_match": "yes", "snils_in_dnevnik": "yes", "snils_match": "yes", "region_choice": "correct"]),
        ("dnevnik-no-profile", ["symptom": "profile-not-found", "age": "under-14", "gosuslugi_account": "child", "birthdate_match": "yes",
                                "dnevnik_profile": "no", "fio_match": "yes", "region_choice": "correct"]),
        ("fio-mismatch", ["symptom": "asks-dnevnik-login", "fio_match": "no", "age": "under-14"]),
        ("snils-missing", ["symptom": "asks-dnevnik-login", "fio_match": "yes", "age": "18-plus", "snils_in_dnevnik": "no"]),
        ("snils-mismatch", ["symptom": "asks-dnevnik-login", "fio_match": "yes", "age": "14-17", "snils_in_dnevnik": "yes", "snils_match": "no"]),
        ("birthdate-mismatch", ["symptom": "profile-not-found", "age": "under-14", "gosuslugi_account": "child", "birthdate_match": "no",
                                "dnevnik_profile": "yes", "fio_match": "yes", "region_choice": "correct"]),
        ("family-not-linked", ["symptom": "no-children-visible", "who": "parent", "family_linked_in_dnevnik": "no"]),
        ("signed-in-as-someone-else", ["symptom": "wrong-profile", "signed_in_elsewhere": "yes"]),
        ("wrong-region", ["symptom": "profile-not-found", "age": "under-14", "gosuslugi_account": "child", "birthdate_match": "yes",
                          "dnevnik_profile": "yes", "fio_match": "yes", "region_choice": "wrong"]),
    ]

    func testEveryCauseOfTheContractIsInTheTable() {
        let causes = DiagnosticContract.standard.causes.filter { !$0.isFallback }.map(\.id)
        XCTAssertEqual(Set(Self.table.map(\.cause)), Set(causes))
    }

    func testEachCauseIsCertainAndAlone() throws {
        for (cause, answers) in Self.table {
            let evaluation = try engine.evaluate(answers)
            XCTAssertTrue(evaluation.isSettled, cause)
            XCTAssertEqual(evaluation.findings, [Finding(cause: cause, certainty: .certain)], cause)
            XCTAssertNil(try engine.nextQuestion(after: answers), cause)
        }
    }

    /// Changing any one condition fact to a value that fails the condition rules the cause out.
    func testEachFailingConditionRulesTheCauseOut() throws {
        let contract = DiagnosticContract.standard
        for (causeID, answers) in Self.table {
            let cause = try XCTUnwrap(contract.cause(causeID))
            for condition in cause.conditions {
                let fact = try XCTUnwrap(contract.fact(condition.fact))
                for value in fact.valueIDs where !condition.holds(for: value) {
                    var changed = answers
                    changed[condition.fact] = value
                    // An answer that contradicts an implication cannot be given at all.
                    guard let findings = try? engine.evaluate(changed).findings else { continue }
                    XCTAssertFalse(findings.map(\.cause).contains(causeID), "\(causeID) with \(condition.fact)=\(value)")
                }
            }
        }
    }

    /// A symptom the cause does not explain rules it out; `other` and `unknown` do not.
    func testSymptomsSelectCauses() throws {
        for (cause, answers) in Self.table {
            var other = answers
            other["symptom"] = "other"
            XCTAssertTrue(try engine.evaluate(other).findings.contains { $0.cause == cause }, cause)
            other["symptom"] = "unknown"
            XCTAssertTrue(try engine.evaluate(other).findings.contains { $0.cause == cause && $0.certainty == .certain }, cause)
            var wrong = answers
            wrong["gosuslugi_login_ok"] = nil
            wrong["symptom"] = cause == "signed-in-as-someone-else" ? "profile-not-found" : "wrong-profile"
            XCTAssertFalse(try engine.evaluate(wrong).findings.contains { $0.cause == cause }, cause)
        }
    }

    func testEscalateWhenNothingApplies() throws {
        let answers = ["symptom": "wrong-profile", "signed_in_elsewhere": "no"]
        XCTAssertEqual(try engine.evaluate(answers).findings, [Finding(cause: "escalate", certainty: .certain)])
        XCTAssertNil(try engine.nextQuestion(after: answers))
    }

    func testEscalateIsNotReportedWhileACauseIsCertain() throws {
        let findings = try engine.evaluate(Self.table[0].answers).findings
        XCTAssertFalse(findings.contains { $0.cause == "escalate" })
    }

    func testEveryApplyingCauseIsReportedInTheOrderToFix() throws {
        // A 15-year-old with a simplified account, wrong SNILS, wrong region, wrong FIO.
        let answers = [
            "symptom": "profile-not-found", "age": "14-17", "gosuslugi_account": "standard",
            "teen_linked_to_parent": "no", "dnevnik_profile": "yes", "fio_match": "no",
            "snils_in_dnevnik": "yes", "snils_match": "no", "region_choice": "wrong",
        ]
        let evaluation = try engine.evaluate(answers)
        XCTAssertTrue(evaluation.isSettled)
        XCTAssertEqual(evaluation.findings.map(\.cause), [
            "wrong-region", "gosuslugi-not-confirmed", "teen-not-linked", "fio-mismatch", "snils-mismatch",
        ])
        XCTAssertTrue(evaluation.findings.allSatisfy { $0.certainty == .certain })
    }

    func testFixOrderNamesEveryCause() {
        let causes = DiagnosticContract.standard.causes.filter { !$0.isFallback }.map(\.id)
        XCTAssertEqual(FixOrder.standard.sorted(), causes.sorted())
    }
}
