/// An answer the engine cannot take.
public enum AnswerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No fact has this id; `valid` lists the facts.
    case unknownFact(String, valid: [String])
    /// The fact has no such value; `valid` lists its answers, `unknown` last.
    case unknownValue(fact: String, value: String, valid: [String])
    /// The answer contradicts what another answer implies (`age = 14-17` with
    /// `who = parent`, which implies `age = 18-plus`).
    case contradiction(fact: String, value: String, impliedBy: String, implied: String)

    public var description: String {
        switch self {
        case .unknownFact(let fact, let valid):
            return "unknown fact '\(fact)'; valid facts: \(valid.joined(separator: ", "))"
        case .unknownValue(let fact, let value, let valid):
            return "unknown value '\(value)' for fact '\(fact)'; valid values: \(valid.joined(separator: ", "))"
        case .contradiction(let fact, let value, let impliedBy, let implied):
            return "'\(fact)=\(value)' contradicts '\(impliedBy)', which gives '\(fact)=\(implied)'"
        }
    }
}
