import KnowledgeBase

/// The promises of `--until first-fix` (docs/architecture.md, "Short calls"), checked on every combination
/// of answers: a cause that first-fix calls certain is certain in the full interview too, and
/// every cause the full interview finds (certain or possible) is in the first-fix result.
public struct FirstFixCheck: Equatable, Sendable {
    /// How many combinations were checked.
    public var combinations: Int
    /// Combinations on which first-fix stopped before the result was settled.
    public var stoppedEarly: Int
    /// The first few combinations that break a promise, described; empty when both hold.
    public var violations: [String]
}

extension DiagnosticEngine {
    /// Runs both interviews on every combination of answers (`symptom` restricts the space to
    /// one symptom) and compares their results.
    ///
    /// - Throws: ``AnswerError`` for a symptom the contract does not have.
    public func firstFixCheck(symptom: String? = nil) throws(AnswerError) -> FirstFixCheck {
        var fixed = PackedState()
        if let symptom {
            fixed = PackedState().with(compiled.symptom, try state(for: [DiagnosticContract.symptomFact: symptom])[compiled.symptom])
        }
        let full = InterviewTree(engine: self, until: .all)
        let firstFix = InterviewTree(engine: self, until: .firstFix)
        // A combination's verdict depends only on where each interview ends.
        var verdicts: [UInt64: (stopped: Bool, violation: String?)] = [:]
        var check = FirstFixCheck(combinations: 0, stoppedEarly: 0, violations: [])
        AnswerSpace(contract: compiled, fixed: fixed).forEach { assignment in
            check.combinations += 1
            let end = full.leaf(for: assignment)
            let stop = firstFix.leaf(for: assignment)
            let key = UInt64(end.node) << 32 | UInt64(stop.node)
            let verdict = verdicts[key] ?? {
                let found = evaluate(end.state).findings
                let first = evaluate(stop.state, until: .firstFix)
                let fullCertain = Set(found.filter { $0.certainty == .certain }.map(\.cause))
                let listed = Set(first.findings.map(\.cause))
                let wronglyCertain = first.findings.filter { $0.certainty == .certain && !fullCertain.contains($0.cause) }.map(\.cause)
                let missing = found.map(\.cause).filter { !listed.contains($0) }
                var violation: String?
                if !wronglyCertain.isEmpty || !missing.isEmpty {
                    let answers = values(of: PackedState(assignment: assignment)).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    violation = "\(answers.joined(separator: ",")): certain only in first-fix \(wronglyCertain), missing from first-fix \(missing)"
                }
                verdicts[key] = (first.stoppedAtFirstFix, violation)
                return (first.stoppedAtFirstFix, violation)
            }()
            if verdict.stopped { check.stoppedEarly += 1 }
            if let violation = verdict.violation, check.violations.count < 10 { check.violations.append(violation) }
        }
        return check
    }
}

extension PackedState {
    /// Every fact known, with the answer numbers of `assignment`.
    init(assignment: [Int]) {
        self.init()
        for (fact, answer) in assignment.enumerated() { self[fact] = answer }
    }
}
