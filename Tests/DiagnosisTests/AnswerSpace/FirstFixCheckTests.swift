import Dispatch
import Foundation
@testable import Diagnosis
import Testing

/// First-fix's promises on every combination of answers: what it calls certain the full
/// interview calls certain, and everything the full interview finds is in its result.
///
/// The symptoms whose interviews are short are checked in every test run; the whole answer
/// space (7.2 million combinations, a minute or two in a debug build) when
/// `SPRAVKA_WHOLE_ANSWER_SPACE` is set, as `scripts/check-wizard-js.sh` does.
@Suite struct FirstFixCheckTests {
    let engine = sharedEngine

    @Test(arguments: ["wrong-profile", "no-children-visible", "gosuslugi-login-fails"])
    func promisesHoldForShortInterviews(symptom: String) throws {
        let check = try engine.firstFixCheck(symptom: symptom)
        #expect(check.combinations > 0)
        #expect(check.violations == [])
    }

    @Test func firstFixStopsEarlyWhereACauseIsCertainFirst() throws {
        // Gosuslugi itself refuses: the account type settles it, and either a cause is
        // certain at once or the interview is settled.
        let check = try engine.firstFixCheck(symptom: "gosuslugi-login-fails")
        #expect(check.stoppedEarly > 0)
        #expect(check.stoppedEarly < check.combinations)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SPRAVKA_WHOLE_ANSWER_SPACE"] != nil))
    func promisesHoldOnTheWholeAnswerSpace() throws {
        let symptoms = try #require(engine.contract.fact("symptom")).answerIDs
        let results = Results(count: symptoms.count)
        // An engine per symptom: threads sharing one spend their time passing the reference
        // counts of its tables between cores (in a debug build).
        DispatchQueue.concurrentPerform(iterations: symptoms.count) { index in
            results.set(index, try? DiagnosticEngine().firstFixCheck(symptom: symptoms[index]))
        }
        var combinations = 0
        var stopped = 0
        for (index, symptom) in symptoms.enumerated() {
            let check = try #require(results.get(index), "\(symptom)")
            #expect(check.violations == [], "\(symptom)")
            combinations += check.combinations
            stopped += check.stoppedEarly
        }
        print("first-fix promises hold on all \(combinations) combinations of answers (\(stopped) stop at a first fix before the result is settled)")
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [FirstFixCheck?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: FirstFixCheck?) { lock.withLock { values[index] = value } }
        func get(_ index: Int) -> FirstFixCheck? { lock.withLock { values[index] } }
    }
}
