import Dispatch
import Foundation
@testable import Diagnosis
import KnowledgeBase

/// Every reachable state of the interview in both modes, as `scripts/check-wizard-js.js` lists
/// them for the browser's engine: a depth-first walk from no answers, one branch per answer of
/// the question asked (its values in the contract's order, then `unknown`), each state visited
/// once (keyed on the completed answers, implied facts included, and the mode).
///
/// It drives the real engine through its packed states (`@testable`), planning each state
/// once (`outlook`): the public `[String: String]` calls wrap the same functions but cost far
/// more in a debug build, and the walk visits millions of states. The JavaScript side walks with the public calls of
/// `engine.js`, which the pages use, so the two also cross-check the wrappers.
///
/// Two sections, each walked with its own memo: `# until all`, the interview to the full
/// result; then `# until first-fix`, the wizard's interview, where a state at which first-fix
/// stops with causes still open goes on as «Проверить остальные причины» does: the same state
/// walked to the full result.
///
/// One line per state, in the order first reached; facts, answers and causes by their
/// position in the contract (answers: the fact's values, then `unknown`; causes: every cause,
/// the fallback included):
///
///     q<fact> <low>-<high>[ w<worst>][ !<answer>.<answer>…]
///     d\t<evaluation>
///
/// - `q`: `nextQuestion`; `<low>-<high>`: the typical length (``InterviewLength/typical``);
///   in `all` mode `w` and `remainingQuestions`; after `!` the answers refused because they
///   contradict an earlier one (no branch);
/// - `d`: `nextQuestion` is `nil`; then `evaluate`: `S` settled, `F` stopped at a first fix
///   (`O` open would be a bug), then each finding in order: ` <cause>`, for a possible cause
///   followed by `?` and its facts to check joined by `.`.
///
/// Each section ends with `# states <N> paths <P>`: P counts the ways through the interview,
/// one per sequence of accepted answers (and, after a first fix, of choices to go on) that
/// ends in findings.
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

    /// A state of the walk: the answers and the mode.
    struct Node: Hashable, Sendable {
        var state: PackedState
        var until: Until
    }

    /// The packed state for `answers` (completed).
    func state(_ answers: [String: String]) throws -> PackedState {
        try engine.state(for: answers)
    }

    /// Both sections, as the parity check compares them. `makeEngine` gives each worker
    /// thread an engine of its own: threads that share one spend their time passing the
    /// reference counts of its tables between cores (in a debug build), not walking.
    func runBothModes(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, makeEngine: (() throws -> DiagnosticEngine)? = nil
    ) rethrows -> (text: String, states: Int) {
        let walkers = try makeEngine.map { make in try (0..<workers).map { _ in WizardEnumeration(engine: try make()) } } ?? []
        var text = ""
        var states = 0
        for until in [Until.all, .firstFix] {
            let walk = run(until: until, workers: workers, walkers: walkers)
            text += "# until \(until.rawValue)\n" + walk.text
            states += walk.states
        }
        return (text, states)
    }

    /// The whole walk of one section from `start` as text, on `workers` threads.
    func run(
        from start: PackedState = PackedState(), until: Until = .all,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, walkers: [WizardEnumeration] = []
    ) -> (text: String, states: Int, paths: Int) {
        // Expand the top of the tree into lines and subtrees until there is work to share.
        enum Item { case line(String), subtree(Node) }
        var items: [Item] = [.subtree(Node(state: start, until: until))]
        var expandedStates = 0
        var expandedPaths = 0
        let wanted = workers > 1 ? workers * 64 : 1
        if workers > 1, walkers.isEmpty, let question = engine.nextQuestion(start, until: until) {
            // Warm the planners' memos one answer per thread (the first bound needs the plans
            // after every answer, and the first question's answers rarely share them).
            let children = engine.compiled.facts[question].answers.indices.compactMap {
                engine.compiled.applying($0, to: question, in: start)
            }
            DispatchQueue.concurrentPerform(iterations: children.count) {
                _ = engine.length(children[$0], until: until)
                _ = engine.length(children[$0], until: .all)
            }
        }
        while items.filter({ if case .subtree = $0 { return true } else { return false } }).count < wanted {
            var next: [Item] = []
            var changed = false
            for item in items {
                guard case .subtree(let node) = item else { next.append(item); continue }
                switch step(node) {
                case .done(let line, nil):
                    next.append(.line(line))
                    expandedStates += 1
                    expandedPaths += 1
                    changed = true
                case .ask(let line, let children, let question) where !impliedFacts.contains(question):
                    next.append(.line(line))
                    expandedStates += 1
                    next.append(contentsOf: children.map(Item.subtree))
                    changed = true
                case .done, .ask:
                    // A first-fix stop goes on in the same subtree (its paths are counted
                    // there); a question on an implied fact is never split.
                    next.append(item)
                }
            }
            items = next
            if !changed { break }
        }
        let jobs: [Node] = items.compactMap { if case .subtree(let node) = $0 { return node } else { return nil } }
        let results = Results(count: jobs.count)
        if walkers.isEmpty {
            DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
                var walk = Walk(enumeration: self)
                var text = ""
                let paths = walk.visit(jobs[index]) { text += $0 }
                results.set(index, (text, walk.states, paths))
            }
        } else {
            // One thread per walker, each taking the next job until none is left.
            DispatchQueue.concurrentPerform(iterations: walkers.count) { worker in
                while let index = results.nextJob(below: jobs.count) {
                    var walk = Walk(enumeration: walkers[worker])
                    var text = ""
                    let paths = walk.visit(jobs[index]) { text += $0 }
                    results.set(index, (text, walk.states, paths))
                }
            }
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
    func lines(from start: PackedState, until: Until = .all, limit: Int) -> [String] {
        var walk = Walk(enumeration: self, limit: limit)
        var lines: [String] = []
        _ = walk.visit(Node(state: start, until: until)) { lines.append($0) }
        return lines
    }

    enum Step {
        /// Findings; at a first-fix stop with causes still open, the node that goes on.
        case done(String, then: Node?)
        case ask(String, children: [Node], question: Int)
    }

    /// What the engine says at `node`: its line, and the nodes its answers lead to.
    func step(_ node: Node) -> Step {
        let state = node.state
        let outlook = engine.outlook(state, until: node.until)
        guard let question = outlook.question else {
            let evaluation = engine.evaluate(state, until: node.until)
            let then = evaluation.stoppedAtFirstFix ? Node(state: state, until: .all) : nil
            return .done("d\t" + describe(evaluation) + "\n", then: then)
        }
        let typical = outlook.length.typical
        var children: [Node] = []
        var refused: [String] = []
        for answer in engine.compiled.facts[question].answers.indices {
            if let next = engine.compiled.applying(answer, to: question, in: state) {
                children.append(Node(state: next, until: node.until))
            } else {
                refused.append(String(answer))
            }
        }
        var line = "q\(question) \(typical.lowerBound)-\(typical.upperBound)"
        if node.until == .all { line += " w\(outlook.worst)" }
        if !refused.isEmpty { line += " !" + refused.joined(separator: ".") }
        return .ask(line + "\n", children: children, question: question)
    }

    func describe(_ evaluation: Evaluation) -> String {
        var out = evaluation.stoppedAtFirstFix ? "F" : evaluation.isSettled ? "S" : "O"
        for finding in evaluation.findings {
            out += " \(causeIndex[finding.cause]!)"
            if finding.certainty == .possible {
                out += "?" + finding.toCheck.map { String(factIndex[$0]!) }.joined(separator: ".")
            }
        }
        return out
    }

    /// One depth-first walk with its memo of nodes seen (and the paths below each).
    struct Walk {
        let enumeration: WizardEnumeration
        var limit = Int.max
        var states = 0
        var paths: [Node: Int] = [:]

        mutating func visit(_ node: Node, _ emit: (String) -> Void) -> Int {
            if let known = paths[node] { return known }
            guard states < limit else { return 0 }
            states += 1
            switch enumeration.step(node) {
            case .done(let line, let then):
                emit(line)
                let total = 1 + (then.map { visit($0, emit) } ?? 0)
                paths[node] = total
                return total
            case .ask(let line, let children, _):
                emit(line)
                var total = 0
                for child in children { total += visit(child, emit) }
                paths[node] = total
                return total
            }
        }
    }

    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [(text: String, states: Int, paths: Int)]
        private var taken = 0
        init(count: Int) { values = Array(repeating: ("", 0, 0), count: count) }
        func nextJob(below count: Int) -> Int? {
            lock.withLock {
                guard taken < count else { return nil }
                taken += 1
                return taken - 1
            }
        }
        func set(_ index: Int, _ value: (text: String, states: Int, paths: Int)) { lock.withLock { values[index] = value } }
        func get(_ index: Int) -> (text: String, states: Int, paths: Int) { lock.withLock { values[index] } }
    }
}
