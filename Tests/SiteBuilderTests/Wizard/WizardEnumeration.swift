import Dispatch
import Foundation
@testable import Diagnosis
import KnowledgeBase

/// Every reachable state of the interview, as `scripts/check-wizard-js.js` lists them for the
/// browser's engine: a depth-first walk from no answers, one branch per answer of the question
/// asked (its values in the contract's order, then `unknown`), each state visited once (keyed
/// on the completed answers, implied facts included).
///
/// It drives the real engine through its packed states (`@testable`): the public
/// `[String: String]` calls wrap the same functions but cost far more in a debug build, and
/// the walk visits 1.6 million states. The JavaScript side walks with the public calls of
/// `wizard.js`, which the page uses, so the two also cross-check the wrappers.
///
/// One line per state, in the order first reached; facts, answers and causes by their
/// position in the contract (answers: the fact's values, then `unknown`; causes: every cause,
/// the fallback included):
///
///     q<fact> <remaining>[ !<answer>.<answer>…]
///     d\t<evaluation>
///
/// - `q`: `nextQuestion` and `remainingQuestions`; after `!` the answers refused because they
///   contradict an earlier one (no branch);
/// - `d`: `nextQuestion` is `nil`; then `evaluate`: `S` settled (`O` open would be a bug),
///   then each finding in order: ` <cause>`, for a possible cause followed by `?` and its
///   facts to check joined by `.`.
///
/// The last line is `# states <N> paths <P>`: P counts the ways through the interview, one
/// per sequence of accepted answers that ends in findings.
///
/// Parallel walk: the children of a state differ in the answer to its question, and a later
/// answer can change an earlier one only by an implication replacing `unknown`. So the
/// subtrees below a question that no implication sets share no state, can be walked apart
/// (each with its own memo) and joined in order: the result is the single walk's, line for line.
struct WizardEnumeration: Sendable {
    let engine: DiagnosticEngine
    private let causeIndex: [String: Int]
    private let factIndex: [String: Int]
    /// Facts some implication sets: a question on one of them is never split.
    private let impliedFacts: Set<Int>

    init(engine: DiagnosticEngine) {
        self.engine = engine
        causeIndex = Dictionary(uniqueKeysWithValues: engine.contract.causes.enumerated().map { ($1.id, $0) })
        factIndex = Dictionary(uniqueKeysWithValues: engine.contract.facts.enumerated().map { ($1.id, $0) })
        impliedFacts = Set(engine.compiled.implications.map(\.fact))
    }

    /// The packed state for `answers` (completed).
    func state(_ answers: [String: String]) throws -> PackedState {
        try engine.state(for: answers)
    }

    /// The whole walk from `start` as text, on `workers` threads.
    func run(from start: PackedState = PackedState(), workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> (text: String, states: Int, paths: Int) {
        // Expand the top of the tree into lines and subtrees until there is work to share.
        enum Item { case line(String), subtree(PackedState) }
        var items: [Item] = [.subtree(start)]
        var expandedStates = 0
        var expandedPaths = 0
        let wanted = workers > 1 ? workers * 64 : 1
        if workers > 1, let question = engine.nextQuestion(start) {
            // Warm the planner's memo one answer per thread (the first bound needs the plans
            // after every answer, and the first question's answers rarely share them).
            let children = engine.compiled.facts[question].answers.indices.compactMap {
                engine.compiled.applying($0, to: question, in: start)
            }
            DispatchQueue.concurrentPerform(iterations: children.count) { _ = engine.remainingQuestions(children[$0]) }
        }
        while items.filter({ if case .subtree = $0 { return true } else { return false } }).count < wanted {
            var next: [Item] = []
            var changed = false
            for item in items {
                guard case .subtree(let state) = item else { next.append(item); continue }
                switch step(state)! {
                case .done(let line):
                    next.append(.line(line))
                    expandedStates += 1
                    expandedPaths += 1
                    changed = true
                case .ask(let line, let children, let question) where !impliedFacts.contains(question):
                    next.append(.line(line))
                    expandedStates += 1
                    next.append(contentsOf: children.map(Item.subtree))
                    changed = true
                case .ask:
                    next.append(item)
                }
            }
            items = next
            if !changed { break }
        }
        let jobs: [PackedState] = items.compactMap { if case .subtree(let state) = $0 { return state } else { return nil } }
        let results = Results(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            var walk = Walk(enumeration: self)
            var text = ""
            let paths = walk.visit(jobs[index]) { text += $0 }
            results.set(index, (text, walk.states, paths))
        }
        var text = ""
        var states = expandedStates
        var paths = expandedPaths
        var job = 0
        for item in items {
            switch item {
            case .line(let line): text += line
            case .subtree:
                let result = results.get(job)
                text += result.text
                states += result.states
                paths += result.paths
                job += 1
            }
        }
        text += "# states \(states) paths \(paths)\n"
        return (text, states, paths)
    }

    /// The first `limit` states of the single-threaded walk from `start`, as lines.
    func lines(from start: PackedState, limit: Int) -> [String] {
        var walk = Walk(enumeration: self, limit: limit)
        var lines: [String] = []
        _ = walk.visit(start) { lines.append($0) }
        return lines
    }

    enum Step {
        case done(String)
        case ask(String, children: [PackedState], question: Int)
    }

    /// What the engine says at `state`: its line, and the states its answers lead to.
    func step(_ state: PackedState) -> Step? {
        guard let question = engine.nextQuestion(state) else { return .done("d\t" + describe(engine.evaluate(state)) + "\n") }
        let remaining = engine.remainingQuestions(state)
        var children: [PackedState] = []
        var refused: [String] = []
        for answer in engine.compiled.facts[question].answers.indices {
            if let next = engine.compiled.applying(answer, to: question, in: state) {
                children.append(next)
            } else {
                refused.append(String(answer))
            }
        }
        var line = "q\(question) \(remaining)"
        if !refused.isEmpty { line += " !" + refused.joined(separator: ".") }
        return .ask(line + "\n", children: children, question: question)
    }

    func describe(_ evaluation: Evaluation) -> String {
        var out = evaluation.isSettled ? "S" : "O"
        for finding in evaluation.findings {
            out += " \(causeIndex[finding.cause]!)"
            if finding.certainty == .possible {
                out += "?" + finding.toCheck.map { String(factIndex[$0]!) }.joined(separator: ".")
            }
        }
        return out
    }

    /// One depth-first walk with its memo of states seen (and the paths below each).
    struct Walk {
        let enumeration: WizardEnumeration
        var limit = Int.max
        var states = 0
        var paths: [PackedState: Int] = [:]

        mutating func visit(_ state: PackedState, _ emit: (String) -> Void) -> Int {
            if let known = paths[state] { return known }
            guard states < limit else { return 0 }
            states += 1
            switch enumeration.step(state)! {
            case .done(let line):
                emit(line)
                paths[state] = 1
                return 1
            case .ask(let line, let children, _):
                emit(line)
                var total = 0
                for child in children { total += visit(child, emit) }
                paths[state] = total
                return total
            }
        }
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [(text: String, states: Int, paths: Int)]
        init(count: Int) { values = Array(repeating: ("", 0, 0), count: count) }
        func set(_ index: Int, _ value: (String, Int, Int)) { lock.withLock { values[index] = value } }
        func get(_ index: Int) -> (text: String, states: Int, paths: Int) { lock.withLock { values[index] } }
    }
}
