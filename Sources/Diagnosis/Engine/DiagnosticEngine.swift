import KnowledgeBase

/// Evaluates the diagnostic contract: which causes apply to a set of answers, how sure that
/// is, and which question to ask next.
///
/// The engine knows the contract's ids only; the wording of questions and causes is joined
/// in by the presentation layer (``DiagnosisContent``). It is deterministic: the same
/// answers always give the same question and the same findings.
///
/// Answers are given as `fact → value` with the contract's ids; every fact also accepts
/// `unknown`. Implied facts (`who = parent` gives `age = 18-plus`) are filled in and never
/// asked.
public final class DiagnosticEngine: Sendable {
    public let contract: DiagnosticContract
    let compiled: CompiledContract
    let planner: QuestionPlanner
    /// By compiled cause: its place in the order to fix.
    private let fixRank: [Int]

    /// - Parameter fixOrder: cause ids in the order to fix them (see ``FixOrder``).
    public init(contract: DiagnosticContract = .standard, fixOrder: [String] = FixOrder.standard) throws(ContractShapeError) {
        let compiled = try CompiledContract(contract)
        self.contract = contract
        self.compiled = compiled
        self.planner = QuestionPlanner(contract: compiled)
        self.fixRank = compiled.causes.map { cause in
            (fixOrder.firstIndex(of: cause.id) ?? fixOrder.count) * 1000 + cause.contractIndex
        }
    }

    /// The engine for ``DiagnosticContract/standard``, shared so that its planner's memo is
    /// filled once per process; `nil` only if the standard contract did not compile (a bug
    /// that the tests catch).
    public static let standard: DiagnosticEngine? = try? DiagnosticEngine()

    // MARK: Public API on `fact → value`

    /// The answers checked and completed: every implied fact filled in.
    ///
    /// - Throws: ``AnswerError`` for an unknown fact or value, or an answer that contradicts
    ///   what another implies.
    public func complete(_ answers: [String: String]) throws(AnswerError) -> [String: String] {
        values(of: try state(for: answers))
    }

    /// The findings for `answers`.
    public func evaluate(_ answers: [String: String]) throws(AnswerError) -> Evaluation {
        evaluate(try state(for: answers))
    }

    /// The fact to ask next, or `nil` when the findings are settled.
    public func nextQuestion(after answers: [String: String]) throws(AnswerError) -> String? {
        nextQuestion(try state(for: answers)).map { compiled.facts[$0].id }
    }

    /// The most questions still to ask after `answers`, whatever the answers will be.
    public func remainingQuestions(after answers: [String: String]) throws(AnswerError) -> Int {
        remainingQuestions(try state(for: answers))
    }

    /// The facts `answers` imply, with their values (not those answered directly).
    public func impliedFacts(_ answers: [String: String]) throws(AnswerError) -> [String: String] {
        let state = try state(for: answers)
        let implied = compiled.impliedFacts(in: state)
        var result: [String: String] = [:]
        for fact in compiled.facts.indices where implied & (1 << UInt32(fact)) != 0 {
            if let answer = state[fact] { result[compiled.facts[fact].id] = compiled.facts[fact].answers[answer] }
        }
        return result
    }

    // MARK: Packed states

    func state(for answers: [String: String]) throws(AnswerError) -> PackedState {
        var state = PackedState()
        for (factID, value) in answers.sorted(by: { $0.key < $1.key }) {
            guard let fact = compiled.facts.firstIndex(where: { $0.id == factID }) else {
                throw .unknownFact(factID, valid: compiled.facts.map(\.id))
            }
            guard let answer = compiled.facts[fact].answers.firstIndex(of: value) else {
                throw .unknownValue(fact: factID, value: value, valid: compiled.facts[fact].answers)
            }
            state[fact] = answer
        }
        switch compiled.close(state) {
        case .closed(let closed):
            return closed
        case .conflict(let implication, let state):
            let fact = compiled.facts[implication.fact]
            let source = compiled.facts[implication.condition.fact]
            let current = state[implication.fact] ?? implication.answer
            let cause = state[implication.condition.fact] ?? source.unknownAnswer
            throw .contradiction(
                fact: fact.id, value: fact.answers[current],
                impliedBy: "\(source.id)=\(source.answers[cause])", implied: fact.answers[implication.answer])
        }
    }

    func values(of state: PackedState) -> [String: String] {
        var values: [String: String] = [:]
        for (index, fact) in compiled.facts.enumerated() {
            if let answer = state[index] { values[fact.id] = fact.answers[answer] }
        }
        return values
    }

    func evaluate(_ state: PackedState) -> Evaluation {
        var ranked: [(rank: Int, finding: Finding)] = []
        var settled = true
        for (index, cause) in compiled.causes.enumerated() {
            switch compiled.status(of: cause, in: state) {
            case .ruledOut:
                continue
            case .open:
                settled = false
            case .certain:
                ranked.append((fixRank[index], Finding(cause: cause.id, certainty: .certain)))
            case .possible:
                let unknown = cause.conditions
                    .filter { state[$0.fact] == compiled.facts[$0.fact].unknownAnswer }
                    .map(\.fact)
                let toCheck = Set(unknown).sorted().map { compiled.facts[$0].id }
                ranked.append((fixRank[index], Finding(cause: cause.id, certainty: .possible, toCheck: toCheck)))
            }
        }
        var findings = ranked.sorted { $0.rank < $1.rank }.map(\.finding)
        if let fallback = compiled.fallback {
            switch compiled.fallbackStatus(in: state) {
            case .certain: findings.append(Finding(cause: fallback.id, certainty: .certain))
            case .possible: findings.append(Finding(cause: fallback.id, certainty: .possible))
            case .open, .ruledOut: break
            }
        }
        return Evaluation(isSettled: settled, findings: findings)
    }

    /// The symptom first, while it is not known and something is still open: no cause can
    /// be certain or possible without it, and it rules most of them out. Then the planner's
    /// choice.
    func nextQuestion(_ state: PackedState) -> Int? {
        if compiled.isSettled(state) { return nil }
        if state[compiled.symptom] == nil { return compiled.symptom }
        return planner.plan(state).question
    }

    func remainingQuestions(_ state: PackedState) -> Int {
        if compiled.isSettled(state) { return 0 }
        guard state[compiled.symptom] == nil else { return planner.plan(state).worst }
        var worst = 0
        let weights = compiled.answerWeights(of: compiled.symptom, in: state)
        for (answer, weight) in weights.enumerated() where weight > 0 {
            guard let next = compiled.applying(answer, to: compiled.symptom, in: state) else { continue }
            worst = max(worst, remainingQuestions(next))
        }
        return worst + 1
    }
}
