/// A content file split into its front matter and its Markdown body.
public struct FrontMatterResult: Equatable, Sendable {
    /// The keys and values that parsed; problem lines are left out.
    public var frontMatter: FrontMatter
    /// Everything after the closing `---` line: Markdown.
    public var body: String
    /// The file line on which `body` starts: body line `n` is file line `bodyStartLine + n - 1`.
    public var bodyStartLine: Int
    /// Every problem found, in file order.
    public var problems: [FrontMatterProblem]
    /// Whether both the opening and the closing `---` were found.
    public var isDelimited: Bool

    public init(frontMatter: FrontMatter, body: String, bodyStartLine: Int, problems: [FrontMatterProblem], isDelimited: Bool) {
        self.frontMatter = frontMatter
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.problems = problems
        self.isDelimited = isDelimited
    }
}
