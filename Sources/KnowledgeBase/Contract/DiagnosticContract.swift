/// The diagnostic contract (docs/architecture.md, "The diagnostic contract"): the facts (each also a question) with their values,
/// the causes with the symptoms they explain, their conditions and who acts, and the facts
/// that are implied and never asked.
///
/// The ids are stable: the ticketing integration, the site's wizard and the tests rely on them.
/// The engine (module `Diagnosis`) evaluates these values; the checker holds the content in
/// `Articles/diagnosis/` to them.
public struct DiagnosticContract: Equatable, Sendable {
    /// The answer every question accepts besides the fact's values: «Не знаю».
    public static let unknown = "unknown"
    /// The fact whose value says what the caller sees.
    public static let symptomFact = "symptom"
    /// The symptom for which every cause is considered (as is an `unknown` symptom).
    public static let otherSymptom = "other"

    /// The facts, in the contract's order.
    public var facts: [Fact]
    /// The causes, in the contract's order (the order to fix them in).
    public var causes: [Cause]
    /// Facts derived from other facts.
    public var implications: [Implication]

    public init(facts: [Fact], causes: [Cause], implications: [Implication]) {
        self.facts = facts
        self.causes = causes
        self.implications = implications
    }

    public func fact(_ id: String) -> Fact? {
        facts.first { $0.id == id }
    }

    public func cause(_ id: String) -> Cause? {
        causes.first { $0.id == id }
    }

    /// The facts whose answer can matter: the symptom, and every fact a condition tests.
    /// A question for any other fact could never change a result.
    public var factsUsedByCauses: Set<String> {
        var used: Set<String> = [Self.symptomFact]
        for cause in causes {
            for condition in cause.conditions { used.insert(condition.fact) }
        }
        return used
    }
}

extension DiagnosticContract {
    /// A fact: what the interview establishes, asked as one question.
    public struct Fact: Equatable, Sendable {
        /// With underscores: `gosuslugi_account`.
        public var id: String
        public var values: [Value]
        /// What the fact means, when the id alone does not say.
        public var note: String?

        public init(_ id: String, _ values: [Value], note: String? = nil) {
            self.id = id
            self.values = values
            self.note = note
        }

        /// The value ids in the contract's order, without `unknown`.
        public var valueIDs: [String] { values.map(\.id) }

        /// The answers a question offers: every value, then `unknown`.
        public var answerIDs: [String] { valueIDs + [DiagnosticContract.unknown] }
    }

    /// One value of a fact.
    public struct Value: Equatable, Sendable, ExpressibleByStringLiteral {
        public var id: String
        public var note: String?

        public init(_ id: String, note: String? = nil) {
            self.id = id
            self.note = note
        }

        public init(stringLiteral id: String) {
            self.init(id)
        }
    }

    /// How a condition compares a fact's value.
    public enum Operator: String, Sendable {
        case equals = "="
        case notEquals = "≠"
        case isOneOf = "∈"
    }

    /// `fact = value`, `fact ≠ value` or `fact ∈ {values}`.
    public struct Condition: Equatable, Sendable, CustomStringConvertible {
        public var fact: String
        public var `operator`: Operator
        public var values: [String]

        public init(_ fact: String, _ op: Operator, _ values: [String]) {
            self.fact = fact
            self.operator = op
            self.values = values
        }

        public static func equals(_ fact: String, _ value: String) -> Condition { Condition(fact, .equals, [value]) }
        public static func notEquals(_ fact: String, _ value: String) -> Condition { Condition(fact, .notEquals, [value]) }
        public static func isOneOf(_ fact: String, _ values: [String]) -> Condition { Condition(fact, .isOneOf, values) }

        /// Whether the condition holds for a known value of its fact (not `unknown`).
        public func holds(for value: String) -> Bool {
            switch self.operator {
            case .equals, .isOneOf: return values.contains(value)
            case .notEquals: return !values.contains(value)
            }
        }

        public var description: String {
            switch self.operator {
            case .isOneOf: return "\(fact) ∈ {\(values.joined(separator: ", "))}"
            case .equals, .notEquals: return "\(fact) \(self.operator.rawValue) \(values.joined(separator: ", "))"
            }
        }
    }

    /// The symptoms a cause explains.
    public enum Symptoms: Equatable, Sendable {
        /// Any symptom (`escalate`).
        case any
        case listed([String])

        /// Whether a cause with these symptoms is considered for `symptom`; `other` and
        /// `unknown` consider every cause.
        public func include(_ symptom: String) -> Bool {
            switch self {
            case .any: return true
            case .listed(let symptoms):
                return symptom == DiagnosticContract.otherSymptom || symptom == DiagnosticContract.unknown || symptoms.contains(symptom)
            }
        }
    }

    /// A cause: what is wrong, when it applies, and who must act.
    public struct Cause: Equatable, Sendable {
        public var id: String
        public var symptoms: Symptoms
        /// All must hold.
        public var conditions: [Condition]
        public var fixBy: [Party]
        /// The contract's words on who acts and how, when `fixBy` alone does not say it.
        public var fixByNote: String?
        /// Applies only when no other cause applies or can still apply (`escalate`).
        public var isFallback: Bool

        public init(_ id: String, symptoms: Symptoms, conditions: [Condition], fixBy: [Party], fixByNote: String? = nil, isFallback: Bool = false) {
            self.id = id
            self.symptoms = symptoms
            self.conditions = conditions
            self.fixBy = fixBy
            self.fixByNote = fixByNote
            self.isFallback = isFallback
        }
    }

    /// A fact that follows from another and is never asked: when `condition` holds, `fact`
    /// has `value`.
    public struct Implication: Equatable, Sendable {
        public var condition: Condition
        public var fact: String
        public var value: String

        public init(when condition: Condition, then fact: String, is value: String) {
            self.condition = condition
            self.fact = fact
            self.value = value
        }
    }
}
