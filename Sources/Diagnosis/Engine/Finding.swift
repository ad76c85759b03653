/// How sure the engine is that a cause applies.
public enum Certainty: String, Hashable, Sendable {
    /// Every condition is known to hold.
    case certain
    /// Some condition facts are `unknown`, none is known to fail.
    case possible
}

/// One cause that applies or may apply.
public struct Finding: Hashable, Sendable {
    /// The contract's cause id (`fio-mismatch`).
    public var cause: String
    public var certainty: Certainty
    /// For a possible cause, the facts answered `unknown` that would settle it, in the
    /// contract's order; empty for a certain one.
    public var toCheck: [String]

    public init(cause: String, certainty: Certainty, toCheck: [String] = []) {
        self.cause = cause
        self.certainty = certainty
        self.toCheck = toCheck
    }
}

/// What the answers so far establish.
public struct Evaluation: Equatable, Sendable {
    /// Whether no answer can change the findings any more.
    public var isSettled: Bool
    /// Whether a first-fix interview stopped at a certain cause while others were still open
    /// (``Until/firstFix``): those are among the findings as possible, with every fact they
    /// wait for in ``Finding/toCheck``, and checking the rest can still change the result.
    public var stoppedAtFirstFix: Bool = false
    /// Every cause that applies or may apply, in the order to fix them (``FixOrder``); the
    /// fallback `escalate` last. While the interview is not settled: those known so far.
    public var findings: [Finding]

    /// Where `finding` stands against the first certain cause in the order to fix.
    public enum Stage: String, Sendable {
        /// A possible cause earlier in the order: «сначала проверьте».
        case before
        /// A certain cause.
        case certain
        /// A possible cause later in the order: «если после этого войти не получится».
        case after
    }

    /// The stage of each finding, in order: possible causes before the first certain one
    /// are checked first, those after it only if signing in still fails.
    public var stages: [Stage] {
        var seenCertain = false
        return findings.map { finding in
            if finding.certainty == .certain {
                seenCertain = true
                return .certain
            }
            return seenCertain ? .after : .before
        }
    }
}
