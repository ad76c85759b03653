/// The wording of one cause: `diagnosis/causes/<cause>.md`.
public struct DiagnosticCause: Equatable, Sendable {
    /// The cause id of the contract (`fio-mismatch`).
    public var id: String
    public var path: String
    /// What is wrong, in plain Russian.
    public var title: String
    public var fixBy: [Party]
    /// Id of the article with the full remedy.
    public var article: String
    /// What to check when the cause is only possible.
    public var check: String
    /// What the operator reads to the caller.
    public var say: String
    /// Markdown: the remedy's short numbered steps.
    public var remedy: String
    public var bodyStartLine: Int

    var source: ContentSource
}
