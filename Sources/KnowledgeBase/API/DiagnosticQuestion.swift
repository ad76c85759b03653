/// The wording of one fact's question: `diagnosis/questions/<fact>.md`.
public struct DiagnosticQuestion: Equatable, Sendable {
    /// One answer: a value of the fact (or `unknown`) and the label a person sees.
    public struct Option: Equatable, Sendable {
        public var value: String
        public var label: String

        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The fact id of the contract, with underscores (`gosuslugi_account`).
    public var fact: String
    public var path: String
    /// The question as the operator asks it on the phone (`operator:`).
    public var operatorText: String
    /// The question as the self-service wizard shows it (`parent:`).
    public var wizardText: String
    /// Every value of the fact in the contract's order, then `unknown`.
    public var options: [Option]
    /// Markdown: how the caller can check the answer.
    public var hint: String
    /// `weights:`: how many of a hotline's calls gave each answer (a value or `unknown`),
    /// written by `spravka stats --write-weights`; empty when the file has none. When present,
    /// every option has a whole number of at least 1.
    public var weights: [String: Int] = [:]
    public var bodyStartLine: Int

    var source: ContentSource
}
