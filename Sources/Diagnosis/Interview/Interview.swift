/// One operator's interview as a state machine: the engine asks, the operator answers,
/// answers can be taken back one at a time, and the findings are there at every step.
///
/// ```swift
/// var interview = try Interview(engine: engine)
/// while let fact = interview.question {
///     try interview.answer(readAnswer(for: fact))
/// }
/// print(interview.evaluation.findings)
/// ```
public struct Interview: Sendable {
    /// One question asked and the answer given.
    public struct Step: Equatable, Sendable {
        public var fact: String
        public var answer: String

        public init(fact: String, answer: String) {
            self.fact = fact
            self.answer = answer
        }
    }

    public let engine: DiagnosticEngine
    /// When the interview ends, as started (`--until`).
    public let until: Until
    /// The state before any question: the given answers with what they imply.
    private let initial: PackedState
    /// Each answer with the state it led to.
    private var history: [(step: Step, state: PackedState)] = []
    /// How many answers there were when the operator chose to check the rest after a
    /// first-fix stop; `nil` while the interview runs as started.
    private var restFrom: Int?

    /// Starts an interview; `given` answers (`--given`) are taken as known and never asked.
    public init(engine: DiagnosticEngine, given: [String: String] = [:], until: Until = .all) throws(AnswerError) {
        self.engine = engine
        self.until = until
        self.initial = try engine.state(for: given)
    }

    var state: PackedState { history.last?.state ?? initial }

    /// When the interview ends now: as started, or `all` once the rest is being checked.
    public var mode: Until { restFrom == nil ? until : .all }

    /// The fact to ask now; `nil` once the interview is over (``mode``).
    public var question: String? {
        engine.nextQuestion(state, until: mode).map { engine.compiled.facts[$0].id }
    }

    /// Whether the interview stopped at a first fix with other causes still open, so that
    /// ``checkTheRest()`` can go on to the full result.
    public var canCheckTheRest: Bool {
        mode == .firstFix && evaluation.stoppedAtFirstFix
    }

    /// Goes on from a first-fix stop to the full result («Проверить остальные причины»):
    /// the answers stay, and the interview asks until nothing can change. `false` when
    /// there is nothing more to check.
    @discardableResult
    public mutating func checkTheRest() -> Bool {
        guard canCheckTheRest else { return false }
        restFrom = history.count
        return true
    }

    /// Whether nothing is left to ask.
    public var isFinished: Bool { question == nil }

    /// The questions asked and the answers given, in order.
    public var steps: [Step] { history.map(\.step) }

    /// Every fact known: answered, given, or implied.
    public var answers: [String: String] { engine.values(of: state) }

    /// The facts filled in by implications, never asked.
    public var impliedFacts: [String] {
        let implied = engine.compiled.impliedFacts(in: state)
        return engine.compiled.facts.indices.filter { implied & (1 << UInt32($0)) != 0 }.map { engine.compiled.facts[$0].id }
    }

    /// The findings so far; final once ``isFinished``.
    public var evaluation: Evaluation { engine.evaluate(state, until: mode) }

    /// The most questions still to ask in an interview to the full result, the current one
    /// included.
    public var remainingQuestions: Int { engine.remainingQuestions(state) }

    /// How many questions usually remain, the current one included (``mode``).
    public var length: InterviewLength { engine.length(state, until: mode) }

    /// What checking the rest after a first-fix stop usually takes.
    public var lengthOfTheRest: InterviewLength { engine.length(state, until: .all) }

    /// Answers the current question with one of its fact's values or `unknown`.
    ///
    /// - Throws: ``InterviewError/finished`` when nothing is asked, ``InterviewError/answer(_:)``
    ///   for a value the fact does not have or one that contradicts an earlier answer.
    public mutating func answer(_ value: String) throws(InterviewError) {
        guard let fact = engine.nextQuestion(state, until: mode) else { throw .finished }
        let compiledFact = engine.compiled.facts[fact]
        guard let answer = compiledFact.answers.firstIndex(of: value) else {
            throw .answer(.unknownValue(fact: compiledFact.id, value: value, valid: compiledFact.answers))
        }
        var next = state
        next[fact] = answer
        switch engine.compiled.close(next) {
        case .closed(let closed):
            history.append((Step(fact: compiledFact.id, answer: value), closed))
        case .conflict(let implication, let conflicted):
            let source = engine.compiled.facts[implication.condition.fact]
            let target = engine.compiled.facts[implication.fact]
            let sourceAnswer = conflicted[implication.condition.fact] ?? source.unknownAnswer
            let targetAnswer = conflicted[implication.fact] ?? target.unknownAnswer
            // Report it as the answer given contradicting the earlier one.
            if implication.fact == fact {
                throw .answer(.contradiction(
                    fact: target.id, value: value, impliedBy: "\(source.id)=\(source.answers[sourceAnswer])",
                    implied: target.answers[implication.answer]))
            }
            throw .answer(.contradiction(
                fact: target.id, value: target.answers[targetAnswer],
                impliedBy: "\(source.id)=\(source.answers[sourceAnswer])", implied: target.answers[implication.answer]))
        }
    }

    /// Takes back the last answer; `false` when there is none (given answers stay). Right
    /// after ``checkTheRest()``, goes back to the first-fix stop instead.
    @discardableResult
    public mutating func back() -> Bool {
        if let restFrom, history.count == restFrom {
            self.restFrom = nil
            return true
        }
        return history.popLast() != nil
    }
}

/// Why the interview did not take an answer.
public enum InterviewError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing is being asked: the findings are settled.
    case finished
    case answer(AnswerError)

    public var description: String {
        switch self {
        case .finished: return "the interview is finished"
        case .answer(let error): return error.description
        }
    }
}
