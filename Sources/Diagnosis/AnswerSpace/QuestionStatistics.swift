import KnowledgeBase

/// How many questions the interview asks over the whole answer space, against the fewest
/// that could settle each combination (``LowerBound``).
///
/// The answer space is every combination of answers to every fact, `unknown` included, that
/// agrees with the implications (with `who = parent` the age is `18-plus`, not asked); each
/// combination counts once.
public struct QuestionStatistics: Equatable, Sendable {
    /// How many combinations were enumerated.
    public var combinations: Int
    /// Questions the interview asked, summed over every combination.
    public var totalQuestions: Int
    public var maximumQuestions: Int
    /// The lower bound, summed over every combination.
    public var totalLowerBound: Int
    public var maximumLowerBound: Int
    /// Combinations on which the interview asked more than the lower bound.
    public var combinationsAboveBound: Int

    public var meanQuestions: Double { Double(totalQuestions) / Double(max(combinations, 1)) }
    public var meanLowerBound: Double { Double(totalLowerBound) / Double(max(combinations, 1)) }
    /// How far the mean is above the bound's mean, as a fraction (0.03 is 3 %).
    public var excessOverBound: Double { meanLowerBound == 0 ? 0 : meanQuestions / meanLowerBound - 1 }
}

extension DiagnosticEngine {
    /// Runs the interview on every combination of answers and compares the number of
    /// questions with the lower bound (for `until`); `symptom` restricts the space to one
    /// symptom.
    ///
    /// - Throws: ``AnswerError`` for a symptom the contract does not have.
    public func questionStatistics(symptom: String? = nil, until: Until = .all) throws(AnswerError) -> QuestionStatistics {
        var fixed = PackedState()
        if let symptom {
            fixed = try state(for: [DiagnosticContract.symptomFact: symptom])
            fixed = PackedState().with(compiled.symptom, fixed[compiled.symptom])
        }
        let tree = InterviewTree(engine: self, until: until)
        let bound = LowerBound(contract: compiled)
        var statistics = QuestionStatistics(
            combinations: 0, totalQuestions: 0, maximumQuestions: 0,
            totalLowerBound: 0, maximumLowerBound: 0, combinationsAboveBound: 0)
        AnswerSpace(contract: compiled, fixed: fixed).forEach { assignment in
            let asked = tree.questions(for: assignment)
            let least = bound.questions(for: assignment, until: until)
            statistics.combinations += 1
            statistics.totalQuestions += asked
            statistics.maximumQuestions = max(statistics.maximumQuestions, asked)
            statistics.totalLowerBound += least
            statistics.maximumLowerBound = max(statistics.maximumLowerBound, least)
            if asked > least { statistics.combinationsAboveBound += 1 }
        }
        return statistics
    }
}

extension PackedState {
    func with(_ fact: Int, _ answer: Int?) -> PackedState {
        var copy = self
        copy[fact] = answer
        return copy
    }
}
