@testable import Diagnosis
import XCTest

/// Over the whole answer space: the interview asks only questions whose answer can still
/// change the result, never an implied or settled fact, ends settled, and never asks more
/// than it said it might.
final class QuestionChoiceTests: XCTestCase {
    let engine = sharedEngine

    private struct Visit: Hashable {
        var state: PackedState
        var open: UInt32
    }

    func testEveryQuestionOnEveryPathMatters() {
        let compiled = engine.compiled
        var visited = Set<Visit>()
        var questions = 0
        var problems: [String] = []

        // States whose open causes and their facts agree have the same future, so each is
        // walked once; this keeps the walk over every path short.
        func walk(_ state: PackedState, budget: Int) {
            var open: UInt32 = 0
            var pending: UInt32 = 0
            var relevant: UInt32 = 0
            for (index, cause) in compiled.causes.enumerated() where compiled.status(of: cause, in: state) == .open {
                open |= 1 << UInt32(index)
                pending |= compiled.pendingFacts(of: cause, in: state)
                relevant |= cause.support
            }
            guard visited.insert(Visit(state: state.masked(by: .mask(for: relevant | 1)), open: open)).inserted else { return }
            let remaining = engine.remainingQuestions(state)
            if remaining > budget { problems.append("bound grew at \(engine.values(of: state))") }
            guard let fact = engine.nextQuestion(state) else {
                if !compiled.isSettled(state) { problems.append("stopped unsettled at \(engine.values(of: state))") }
                if remaining != 0 { problems.append("bound \(remaining) at the end") }
                return
            }
            questions += 1
            if state[fact] != nil { problems.append("asked known \(compiled.facts[fact].id) at \(engine.values(of: state))") }
            if pending & (1 << UInt32(fact)) == 0 {
                problems.append("asked irrelevant \(compiled.facts[fact].id) at \(engine.values(of: state))")
            }
            if remaining < 1 { problems.append("bound 0 with a question left") }
            // Some two answers must lead to different findings or different questions.
            for answer in compiled.facts[fact].answers.indices {
                guard let next = compiled.applying(answer, to: fact, in: state) else { continue }
                walk(next, budget: remaining - 1)
            }
        }
        walk(PackedState(), budget: 14)
        XCTAssertEqual(problems.prefix(5), [])
        XCTAssertGreaterThan(questions, 200)
    }

    func testNeverAsksSNILSForAnUnder14() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "profile-not-found", "age": "under-14"])
        while let fact = interview.question {
            XCTAssertFalse(["snils_in_dnevnik", "snils_match", "teen_linked_to_parent", "who", "age"].contains(fact), fact)
            try interview.answer("unknown")
        }
    }

    func testNeverAsksAgeOfAParent() throws {
        var interview = try Interview(engine: engine, given: ["symptom": "other"])
        var asked: [String] = []
        while let fact = interview.question {
            asked.append(fact)
            try interview.answer(fact == "who" ? "parent" : "unknown")
        }
        XCTAssertTrue(asked.contains("who"))
        XCTAssertFalse(asked.contains("age"))
        XCTAssertFalse(asked.contains("symptom"))
    }

    func testDeterministic() throws {
        let first = sharedEngine
        let second = try DiagnosticEngine()
        for symptom in ["other", "profile-not-found", "asks-dnevnik-login"] {
            var a = try Interview(engine: first, given: ["symptom": symptom])
            var b = try Interview(engine: second, given: ["symptom": symptom])
            var step = 0
            while let fact = a.question {
                XCTAssertEqual(b.question, fact)
                let values = first.contract.fact(fact)?.answerIDs ?? []
                let value = values[step % values.count]
                try a.answer(value)
                try b.answer(value)
                step += 1
            }
            XCTAssertNil(b.question)
            XCTAssertEqual(a.evaluation, b.evaluation)
            XCTAssertEqual(a.steps, b.steps)
        }
    }
}
