import Diagnosis
import KnowledgeBase

/// Every reachable state of the interview, as `scripts/check-wizard-js.js` lists them for the
/// browser's engine: a depth-first walk from no answers, one branch per answer of the question
/// asked (its values in the contract's order, then `unknown`), each state visited once (keyed
/// on the completed answers, implied facts included).
///
/// One line per state, in the order first reached:
///
///     <key>\tQ <fact> <remaining>[ !<value>,<value>]\t<O|S>[ <finding>…]
///     <key>\tdone\t<O|S>[ <finding>…]
///
/// - key: the completed answers in the contract's order of facts, `fact=value` joined by `,`
///   (empty for the start);
/// - `Q`: `nextQuestion`, `remainingQuestions`, and after `!` the answers refused because
///   they contradict an earlier one (no branch);
/// - `done`: `nextQuestion` is `nil`;
/// - then `evaluate`: `S` settled or `O` open, and each finding in order: the cause id, for a
///   possible cause followed by `?` and its facts to check joined by `+`.
///
/// The last line is `# states <N> paths <P>`: P counts the ways through the interview, one
/// per sequence of accepted answers that ends in findings.
struct WizardEnumeration {
    let engine: DiagnosticEngine
    /// Stop after this many states (the walk is then partial; `paths` counts what was seen).
    var limit = Int.max

    private(set) var states = 0
    private var paths: [String: Int] = [:]

    init(engine: DiagnosticEngine, limit: Int = .max) {
        self.engine = engine
        self.limit = limit
    }

    /// Walks every state; `emit` receives each line with its newline.
    mutating func run(_ emit: (String) -> Void) throws -> (states: Int, paths: Int) {
        states = 0
        paths = [:]
        let total = try visit([:], emit)
        emit("# states \(states) paths \(total)\n")
        return (states, total)
    }

    func key(_ answers: [String: String]) -> String {
        engine.contract.facts.compactMap { fact in answers[fact.id].map { fact.id + "=" + $0 } }.joined(separator: ",")
    }

    static func describe(_ evaluation: Evaluation) -> String {
        var out = evaluation.isSettled ? "S" : "O"
        for finding in evaluation.findings {
            out += " " + finding.cause
            if finding.certainty == .possible { out += "?" + finding.toCheck.joined(separator: "+") }
        }
        return out
    }

    /// The completed answers, or `nil` when one contradicts what another implies.
    private func completedUnlessContradiction(_ answers: [String: String]) throws -> [String: String]? {
        let result = Result { () throws(AnswerError) -> [String: String] in try engine.complete(answers) }
        switch result {
        case .success(let completed): return completed
        case .failure(let error):
            if case .contradiction = error { return nil }
            throw error
        }
    }

    private mutating func visit(_ answers: [String: String], _ emit: (String) -> Void) throws -> Int {
        let key = key(answers)
        if let known = paths[key] { return known }
        guard states < limit else { return 0 }
        states += 1
        let evaluation = Self.describe(try engine.evaluate(answers))
        guard let question = try engine.nextQuestion(after: answers) else {
            emit(key + "\tdone\t" + evaluation + "\n")
            paths[key] = 1
            return 1
        }
        let remaining = try engine.remainingQuestions(after: answers)
        var children: [[String: String]] = []
        var refused: [String] = []
        for value in engine.contract.fact(question)!.answerIDs {
            var next = answers
            next[question] = value
            if let completed = try completedUnlessContradiction(next) {
                children.append(completed)
            } else {
                refused.append(value)
            }
        }
        var line = key + "\tQ " + question + " \(remaining)"
        if !refused.isEmpty { line += " !" + refused.joined(separator: ",") }
        emit(line + "\t" + evaluation + "\n")
        var total = 0
        for child in children { total += try visit(child, emit) }
        paths[key] = total
        return total
    }
}
