/// How Markdown is parsed and rendered.
public struct MarkdownOptions: Equatable, Sendable {
    /// The GFM extensions to enable.
    public struct Extensions: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let table = Extensions(rawValue: 1 << 0)
        public static let strikethrough = Extensions(rawValue: 1 << 1)
        public static let autolink = Extensions(rawValue: 1 << 2)
        public static let tagfilter = Extensions(rawValue: 1 << 3)

        /// Every extension GFM defines that this package supports.
        public static let gfm: Extensions = [.table, .strikethrough, .autolink, .tagfilter]
    }

    /// Render raw HTML and dangerous URLs as they are (cmark's `--unsafe`).
    public var unsafe: Bool
    public var extensions: Extensions

    public init(unsafe: Bool = false, extensions: Extensions = .gfm) {
        self.unsafe = unsafe
        self.extensions = extensions
    }

    /// Safe rendering with every GFM extension: what articles use.
    public static let `default` = MarkdownOptions()
}
