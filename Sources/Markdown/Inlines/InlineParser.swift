/// Parses the text of one leaf block into inline nodes (CommonMark §6).
///
/// The work happens in `InlineSubject`, which follows cmark's `inlines.c`: one pass over the
/// bytes that dispatches on special characters, a delimiter stack for emphasis (§6.2) and
/// a bracket stack for links and images (§6.3, §6.4), resolved as closers are met.
struct InlineParser {
    let references: ReferenceMap
    let options: MarkdownOptions

    init(references: ReferenceMap, options: MarkdownOptions) {
        self.references = references
        self.options = options
    }

    /// The inlines of `text`.
    func parse(_ text: LeafText) -> [Node] {
        guard !text.bytes.isEmpty else { return [] }
        return text.bytes.withUnsafeBufferPointer { bytes in
            var subject = InlineSubject(bytes: bytes, references: references, options: options)
            subject.parse()
            return subject.tree.nodes(text, bytes: bytes, autolinkEmails: options.extensions.contains(.autolink))
        }
    }
}
