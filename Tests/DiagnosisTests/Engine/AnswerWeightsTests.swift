@testable import Diagnosis
import KnowledgeBase
import Testing

/// Answer weights: without them every combination counts once (as in version 1); with them
/// the planners minimise the expected number of questions under them.
@Suite struct AnswerWeightsTests {
    @Test func noWeightsCountEveryCombinationOnce() throws {
        let engine = sharedEngine
        let state = try engine.state(for: ["symptom": "other"])
        // `who = parent` and `staff` fix the age; `student` and `unknown` leave four ages.
        #expect(engine.compiled.answerWeights(of: engine.compiled.facts.firstIndex { $0.id == "who" }!, in: state) == [1, 4, 1, 4])
    }

    /// For a fact that no implication ties to another, even weights are no weights. (Where
    /// implications tie facts, no weights count combinations, which is not the same: without
    /// weights `who = student` counts once per age.)
    @Test func evenWeightsPlanAsNoWeights() throws {
        var counts: [String: [String: Int]] = [:]
        for factID in ["teen_linked_to_parent", "dnevnik_profile", "fio_match", "birthdate_match",
                       "family_linked_in_dnevnik", "signed_in_elsewhere", "region_choice"] {
            let fact = try #require(DiagnosticContract.standard.fact(factID))
            counts[fact.id] = Dictionary(uniqueKeysWithValues: fact.answerIDs.map { ($0, 7) })
        }
        let even = try DiagnosticEngine(weights: AnswerWeights(counts))
        for symptom in ["profile-not-found", "asks-dnevnik-login"] {
            for until in Until.allCases {
                #expect(try even.nextQuestion(after: ["symptom": symptom], until: until)
                    == sharedEngine.nextQuestion(after: ["symptom": symptom], until: until))
            }
        }
    }

    @Test func skewedWeightsChangeTheOrderAndShortenTheExpectedInterview() throws {
        // A hotline where nearly every «профиль не найден» is a FIO mismatch.
        let weights = AnswerWeights([
            "fio_match": ["yes": 5, "no": 90, "unknown": 5],
            "dnevnik_profile": ["yes": 95, "no": 3, "unknown": 2],
        ])
        let engine = try DiagnosticEngine(weights: weights)
        let given = ["symptom": "profile-not-found"]
        #expect(try engine.nextQuestion(after: given, until: .firstFix) == "fio_match")
        #expect(try sharedEngine.nextQuestion(after: given, until: .firstFix) == "dnevnik_profile")
        let expected = try engine.length(after: given, until: .firstFix).expected
        #expect(expected < 1.5)
        #expect(expected < (try sharedEngine.length(after: given, until: .firstFix).expected))
    }

    @Test func badWeightsAreRefused() {
        #expect(throws: ContractShapeError.self) { try DiagnosticEngine(weights: AnswerWeights(["nope": ["yes": 1]])) }
        #expect(throws: ContractShapeError.self) { try DiagnosticEngine(weights: AnswerWeights(["fio_match": ["yes": 1, "no": 1]])) }
        #expect(throws: ContractShapeError.self) {
            try DiagnosticEngine(weights: AnswerWeights(["fio_match": ["yes": 1, "no": 0, "unknown": 1]]))
        }
        #expect(throws: ContractShapeError.self) {
            try DiagnosticEngine(weights: AnswerWeights(["fio_match": ["yes": 1, "no": 1, "unknown": 1, "maybe": 1]]))
        }
    }
}
