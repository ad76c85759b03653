/// An article as one region shows it: the regional version when there is one, with every
/// `{{region.KEY}}` replaced by that region's value.
public struct ResolvedArticle: Equatable, Sendable {
    public var id: String
    public var regionCode: String
    public var title: String
    public var summary: String
    /// Markdown, ready to render.
    public var body: String
    /// The version shown: the regional one (override or addition) or the common one.
    public var article: Article
    /// Keys of variables that had no value and were left as written; `spravka check` reports
    /// them as errors, so this is empty for a knowledge base without errors.
    public var unresolvedVariables: [String]
}
