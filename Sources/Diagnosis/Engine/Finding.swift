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
    /// Every cause that applies or may apply, in the order to fix them (``FixOrder``); the
    /// fallback `escalate` last. While the interview is not settled: those known so far.
    public var findings: [Finding]
}
