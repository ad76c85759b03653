/// A parsed Markdown document.
public struct Document: Equatable, Sendable {
    /// The root node, of kind `.document`.
    public let root: Node

    /// Parses `text` as CommonMark 0.31.2, with the GFM extensions in `options`.
    public init(parsing text: String, options: MarkdownOptions = .default) {
        var text = text
        root = text.withUTF8 { BlockParser(options: options).parse($0) }
    }

    /// Parses UTF-8 bytes (invalid sequences become U+FFFD).
    public init(parsing bytes: [UInt8], options: MarkdownOptions = .default) {
        root = bytes.withUnsafeBufferPointer { BlockParser(options: options).parse($0) }
    }

    /// The document rendered as HTML.
    public func html(options: MarkdownOptions = .default) -> String {
        HTMLRenderer(options: options).render(root)
    }
}

/// Markdown to HTML in one call, as `cmark` does.
public func markdownToHTML(_ text: String, options: MarkdownOptions = .default) -> String {
    Document(parsing: text, options: options).html(options: options)
}
