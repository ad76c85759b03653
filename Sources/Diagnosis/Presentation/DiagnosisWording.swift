import KnowledgeBase

/// The words people see for the contract's ids, from the knowledge base
/// (`diagnosis/questions/<fact>.md`, `diagnosis/causes/<cause>.md`), with region variables
/// replaced for one region. The engine never sees these; they are joined in here.
///
/// A fact or cause without content falls back to its id, so that a half-written knowledge
/// base still gives a usable (if terse) interview; `spravka check` reports the gap.
public struct DiagnosisWording: Sendable {
    public let knowledgeBase: KnowledgeBase
    /// The caller's region code, or `nil` for the defaults.
    public let region: String?

    public init(knowledgeBase: KnowledgeBase, region: String? = nil) {
        self.knowledgeBase = knowledgeBase
        self.region = region
    }

    /// A question as the operator asks it.
    public struct Question: Equatable, Sendable {
        public var fact: String
        public var text: String
        /// Every answer, `unknown` last, with its label.
        public var options: [DiagnosticQuestion.Option]
        /// Markdown: how the caller can check.
        public var hint: String
    }

    /// A cause as the report shows it.
    public struct Cause: Equatable, Sendable {
        public var id: String
        public var title: String
        public var fixBy: [Party]
        /// The article's id (empty when the content names none).
        public var article: String
        public var check: String
        public var say: String
        /// Markdown: numbered steps.
        public var remedy: String
    }

    public func question(_ fact: DiagnosticContract.Fact) -> Question {
        let content = knowledgeBase.question(fact: fact.id)
        let options = fact.answerIDs.map { value in
            DiagnosticQuestion.Option(
                value: value,
                label: content?.options.first { $0.value == value }.map { resolve($0.label) } ?? value)
        }
        return Question(
            fact: fact.id, text: content.map { resolve($0.operatorText) } ?? fact.id,
            options: options, hint: content.map { resolve($0.hint) } ?? "")
    }

    public func cause(_ cause: DiagnosticContract.Cause) -> Cause {
        guard let content = knowledgeBase.cause(id: cause.id) else {
            return Cause(id: cause.id, title: cause.id, fixBy: cause.fixBy, article: "", check: "", say: "", remedy: "")
        }
        return Cause(
            id: cause.id, title: resolve(content.title), fixBy: content.fixBy.isEmpty ? cause.fixBy : content.fixBy,
            article: content.article, check: resolve(content.check), say: resolve(content.say), remedy: resolve(content.remedy))
    }

    /// The label of `value` for `fact`.
    public func label(_ value: String, of fact: DiagnosticContract.Fact) -> String {
        question(fact).options.first { $0.value == value }?.label ?? value
    }

    /// The article's address on the help site for the region (`/55/remedy-fio-mismatch/`,
    /// the site's layout), or its id when no region is chosen.
    public func address(ofArticle id: String) -> String {
        guard !id.isEmpty else { return "" }
        guard let region else { return id }
        return "/\(region)/\(id)/"
    }

    private func resolve(_ text: String) -> String {
        knowledgeBase.resolve(text, region: region)
    }
}
