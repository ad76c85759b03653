/// Parses the text of one leaf block into inline nodes (CommonMark §6).
struct InlineParser {
    let references: ReferenceMap
    let options: MarkdownOptions

    init(references: ReferenceMap, options: MarkdownOptions) {
        self.references = references
        self.options = options
    }

    /// The inlines of `text` (STUB: plain text until the inline parser lands).
    func parse(_ text: LeafText) -> [Node] {
        [Node(.text(String(decoding: text.bytes, as: UTF8.self)), range: text.range(0, text.bytes.count))]
    }
}
