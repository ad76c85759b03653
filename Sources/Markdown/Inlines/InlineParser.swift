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
            let autolink = options.extensions.contains(.autolink)
            let special = SpecialBytes.for(strikethrough: options.extensions.contains(.strikethrough), autolink: autolink)
            let plainTextEnd = special.firstIndex(in: bytes, from: 0)
            // A leaf without a special byte (a short heading, a list item's line) is one
            // text node; skipping the parser's setup and tree saves most of its cost.
            if plainTextEnd == bytes.count, !(autolink && bytes.contains(UInt8(ascii: "@"))) {
                return [Node(.text(String(decoding: bytes, as: UTF8.self)), range: text.range(0, bytes.count))]
            }
            var subject = InlineSubject(bytes: bytes, references: references, options: options)
            subject.parse(plainTextEnd: plainTextEnd)
            return subject.tree.nodes(text, bytes: bytes, autolinkEmails: options.extensions.contains(.autolink))
        }
    }

    /// Writes the inlines of `bytes` (a leaf's text, trailing whitespace removed) as HTML,
    /// exactly as rendering `parse`'s nodes would, without making them.
    func writeHTML(_ bytes: UnsafeBufferPointer<UInt8>, storage: inout InlineStorage, into out: inout HTMLOutput) {
        guard !bytes.isEmpty else { return }
        let autolink = options.extensions.contains(.autolink)
        let special = SpecialBytes.for(strikethrough: options.extensions.contains(.strikethrough), autolink: autolink)
        let plainTextEnd = special.firstIndex(in: bytes, from: 0)
        if plainTextEnd == bytes.count {
            if autolink {
                InlineHTMLWriter.writeTextWithEmails(bytes, into: &out)
            } else {
                out.appendEscaped(bytes)
            }
            return
        }
        var subject = InlineSubject(bytes: bytes, references: references, options: options, storage: &storage)
        subject.parse(plainTextEnd: plainTextEnd)
        subject.tree.extra.withUnsafeBufferPointer { extra in
            var writer = InlineHTMLWriter(tree: subject.tree, source: bytes, extra: extra, options: options)
            writer.write(from: subject.tree.head, into: &out, inLink: false, depth: 0)
        }
        subject.recycle(into: &storage)
    }
}
