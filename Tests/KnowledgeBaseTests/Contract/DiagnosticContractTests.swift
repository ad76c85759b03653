import XCTest
import KnowledgeBase

/// The contract must match docs/architecture.md "The diagnostic contract" id for id.
final class DiagnosticContractTests: XCTestCase {
    let contract = DiagnosticContract.standard

    func testFactsAndTheirValuesInOrder() {
        let facts = contract.facts.map { "\($0.id): \($0.valueIDs.joined(separator: ", "))" }
        XCTAssertEqual(facts, [
            "symptom: gosuslugi-login-fails, profile-not-found, asks-dnevnik-login, no-children-visible, wrong-profile, other",
            "who: parent, student, staff",
            "age: under-14, 14-17, 18-plus",
            "gosuslugi_account: none, simplified, standard, confirmed, child",
            "gosuslugi_login_ok: yes, no",
            "teen_linked_to_parent: yes, no",
            "dnevnik_profile: yes, no",
            "fio_match: yes, no",
            "snils_in_dnevnik: yes, no",
            "snils_match: yes, no",
            "birthdate_match: yes, no",
            "family_linked_in_dnevnik: yes, no",
            "signed_in_elsewhere: yes, no",
            "region_choice: correct, wrong",
        ])
        XCTAssertEqual(contract.fact("age")?.answerIDs, ["under-14", "14-17", "18-plus", "unknown"])
    }

    func testCausesWithSymptomsConditionsAndWhoActs() {
        let causes = contract.causes.map { cause -> String in
            let symptoms: String
            switch cause.symptoms {
            case .any: symptoms = "any"
            case .listed(let list): symptoms = list.joined(separator: ", ")
            }
            let conditions = cause.conditions.map(\.description).joined(separator: "; ")
            return "\(cause.id) | \(symptoms) | \(conditions) | \(cause.fixBy.map(\.rawValue).joined(separator: ", "))"
        }
        XCTAssertEqual(causes, [
            "gosuslugi-credentials | gosuslugi-login-fails | gosuslugi_account ≠ none; gosuslugi_login_ok = no | caller",
            "gosuslugi-no-account | gosuslugi-login-fails, profile-not-found | age ≠ under-14; gosuslugi_account = none | caller",
            "gosuslugi-not-confirmed | profile-not-found | age ≠ under-14; gosuslugi_account ∈ {simplified, standard} | caller",
            "child-account-missing | gosuslugi-login-fails, profile-not-found | age = under-14; gosuslugi_account ≠ child | parent",
            "teen-not-linked | profile-not-found | age = 14-17; teen_linked_to_parent = no | parent, student",
            "dnevnik-no-profile | profile-not-found | dnevnik_profile = no | school",
            "fio-mismatch | profile-not-found, asks-dnevnik-login | fio_match = no | caller, school",
            "snils-missing | profile-not-found, asks-dnevnik-login | age ≠ under-14; snils_in_dnevnik = no | school",
            "snils-mismatch | profile-not-found, asks-dnevnik-login | age ≠ under-14; snils_in_dnevnik = yes; snils_match = no | school",
            "birthdate-mismatch | profile-not-found | age = under-14; birthdate_match = no | school",
            "family-not-linked | no-children-visible | who = parent; family_linked_in_dnevnik = no | school",
            "signed-in-as-someone-else | wrong-profile | signed_in_elsewhere = yes | caller",
            "wrong-region | profile-not-found | region_choice = wrong | caller",
            "escalate | any |  | school, hotline",
        ])
        XCTAssertEqual(contract.causes.filter(\.isFallback).map(\.id), ["escalate"])
    }

    func testEveryConditionNamesAFactAndItsValues() {
        for cause in contract.causes {
            for condition in cause.conditions {
                let fact = contract.fact(condition.fact)
                XCTAssertNotNil(fact, "\(cause.id): \(condition.fact)")
                for value in condition.values {
                    XCTAssertTrue(fact?.valueIDs.contains(value) ?? false, "\(cause.id): \(condition)")
                }
            }
            if case .listed(let symptoms) = cause.symptoms {
                for symptom in symptoms {
                    XCTAssertTrue(contract.fact("symptom")?.valueIDs.contains(symptom) ?? false, "\(cause.id): \(symptom)")
                }
            }
        }
    }

    func testConditionsAndSymptomsEvaluate() {
        XCTAssertTrue(DiagnosticContract.Condition.notEquals("age", "under-14").holds(for: "14-17"))
        XCTAssertFalse(DiagnosticContract.Condition.notEquals("age", "under-14").holds(for: "under-14"))
        XCTAssertTrue(DiagnosticContract.Condition.isOneOf("gosuslugi_account", ["simplified", "standard"]).holds(for: "standard"))
        XCTAssertFalse(DiagnosticContract.Condition.equals("fio_match", "no").holds(for: "yes"))
        let symptoms = DiagnosticContract.Symptoms.listed(["wrong-profile"])
        XCTAssertTrue(symptoms.include("wrong-profile"))
        XCTAssertTrue(symptoms.include("other"))
        XCTAssertTrue(symptoms.include("unknown"))
        XCTAssertFalse(symptoms.include("profile-not-found"))
    }

    func testImpliedFacts() {
        let implications = contract.implications.map { "\($0.condition) → \($0.fact) = \($0.value)" }
        XCTAssertEqual(implications, [
            "who ∈ {parent, staff} → age = 18-plus",
            "symptom = gosuslugi-login-fails → gosuslugi_login_ok = no",
            "symptom ∈ {profile-not-found, asks-dnevnik-login, no-children-visible, wrong-profile} → gosuslugi_login_ok = yes",
            "snils_match ∈ {yes, no} → snils_in_dnevnik = yes",
        ])
    }

    func testEveryFactCanMatter() {
        XCTAssertEqual(contract.factsUsedByCauses, Set(contract.facts.map(\.id)))
    }
}
