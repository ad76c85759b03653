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
/// asked. The interview runs ``Until/all`` (to the full result, ``QuestionPlanner``) or
/// ``Until/firstFix`` (to the first certain cause, ``FirstFixPlanner``).
public final class DiagnosticEngine: Sendable {
    public let contract: DiagnosticContract
    /// How often callers give each answer; ``AnswerWeights/none`` counts every combination once.
    public let weights: AnswerWeights
    let compiled: CompiledContract
    let planner: QuestionPlanner
    let firstFixPlanner: FirstFixPlanner
    /// By compiled cause: its place in the order to fix.
    private let fixRank: [Int]

    /// - Parameters:
    ///   - fixOrder: cause ids in the order to fix them (see ``FixOrder``).
    ///   - weights: how often callers give each answer; the planners minimise the expected
    ///     number of questions under them.
    public init(
        contract: DiagnosticContract = .standard, fixOrder: [String] = FixOrder.standard, weights: AnswerWeights = .none
    ) throws(ContractShapeError) {
        let compiled = try CompiledContract(contract, weights: weights)
        self.contract = contract
        self.weights = weights
        self.compiled = compiled
        self.planner = QuestionPlanner(contract: compiled)
        self.firstFixPlanner = FirstFixPlanner(contract: compiled)
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

    /// The findings for `answers`; with `until: .firstFix`, at a first-fix stop every cause
    /// not yet ruled out is reported as possible.
    public func evaluate(_ answers: [String: String], until: Until = .all) throws(AnswerError) -> Evaluation {
        evaluate(try state(for: answers), until: until)
    }

    /// The fact to ask next, or `nil` when the interview is over: the findings are settled,
    /// or, with `until: .firstFix`, some cause is certain.
    public func nextQuestion(after answers: [String: String], until: Until = .all) throws(AnswerError) -> String? {
        nextQuestion(try state(for: answers), until: until).map { compiled.facts[$0].id }
    }

    /// How many questions are still to come after `answers`, the next one included, on
    /// average under the engine's weights: what the interview and the wizard tell people.
    public func length(after answers: [String: String], until: Until = .all) throws(AnswerError) -> InterviewLength {
        length(try state(for: answers), until: until)
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

    /// Whether the interview is over under `state`.
    func isFinished(_ state: PackedState, until: Until) -> Bool {
        if compiled.isSettled(state) { return true }
        return until == .firstFix && compiled.anyCertain(state, causes: compiled.allCauses)
    }

    func evaluate(_ state: PackedState, until: Until = .all) -> Evaluation {
        // At a first-fix stop the open causes are reported as possible, with every fact
        // they still wait for to check.
        let stopped = until == .firstFix && !compiled.isSettled(state) && compiled.anyCertain(state, causes: compiled.allCauses)
        var ranked: [(rank: Int, finding: Finding)] = []
        var settled = true
        for (index, cause) in compiled.causes.enumerated() {
            switch compiled.status(of: cause, in: state) {
            case .ruledOut:
                continue
            case .open where stopped:
                let unsettled = cause.conditions
                    .filter { state[$0.fact] == nil || state[$0.fact] == compiled.facts[$0.fact].unknownAnswer }
                    .map(\.fact)
                let toCheck = Set(unsettled).sorted().map { compiled.facts[$0].id }
                ranked.append((fixRank[index], Finding(cause: cause.id, certainty: .possible, toCheck: toCheck)))
                settled = false
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
        return Evaluation(isSettled: settled, stoppedAtFirstFix: stopped, findings: findings)
    }

    /// The symptom first, while it is not known and something is still open: no cause can
    /// be certain or possible without it, and it rules most of them out. Then the planner's
    /// choice.
    func nextQuestion(_ state: PackedState, until: Until = .all) -> Int? {
        if isFinished(state, until: until) { return nil }
        if state[compiled.symptom] == nil { return compiled.symptom }
        switch until {
        case .all: return planner.plan(state).question
        case .firstFix: return firstFixPlanner.plan(state).question
        }
    }

    /// The next question, the usual length of the rest and, until `all`, the most questions
    /// still to ask (0 otherwise), from one plan: what ``nextQuestion(_:until:)``,
    /// ``length(_:until:)`` and ``remainingQuestions(_:)`` say one by one. For walks over
    /// millions of states (the wizard's parity check).
    func outlook(_ state: PackedState, until: Until) -> (question: Int?, length: InterviewLength, worst: Int) {
        if isFinished(state, until: until) { return (nil, InterviewLength(expected: 0), 0) }
        if state[compiled.symptom] == nil {
            return (compiled.symptom, length(state, until: until), until == .all ? remainingQuestions(state) : 0)
        }
        switch until {
        case .all:
            let plan = planner.plan(state)
            return (plan.question, InterviewLength(expected: plan.expected), plan.worst)
        case .firstFix:
            let plan = firstFixPlanner.plan(state)
            return (plan.question, InterviewLength(expected: plan.expected), 0)
        }
    }

    func length(_ state: PackedState, until: Until) -> InterviewLength {
        InterviewLength(expected: expectedQuestions(state, until: until))
    }

    /// The planner's expected number of questions still to ask; with the symptom unknown,
    /// one for it plus the mean over its answers.
    func expectedQuestions(_ state: PackedState, until: Until) -> Double {
        if isFinished(state, until: until) { return 0 }
        guard state[compiled.symptom] == nil else {
            switch until {
            case .all: return planner.plan(state).expected
            case .firstFix: return firstFixPlanner.plan(state).expected
            }
        }
        let weights = compiled.answerWeights(of: compiled.symptom, in: state)
        let total = weights.reduce(0, +)
        var expected = 1.0
        for (answer, weight) in weights.enumerated() where weight > 0 || total == 0 {
            guard let next = compiled.applying(answer, to: compiled.symptom, in: state) else { continue }
            let share = total == 0 ? 1.0 / Double(weights.count) : weight / total
            expected += share * expectedQuestions(next, until: until)
        }
        return expected
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
