#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed Markdown document.
public struct Document: Equatable, Sendable {
    /// The root node, of kind `.document`.
    public let root: Node

    private init(root: Node) {
        self.root = root
    }

    /// Parses `text` as CommonMark 0.31.2, with the GFM extensions in `options`.
    public init(parsing text: String, options: MarkdownOptions = .default) {
        var text = text
        if text.containsNUL {
            // §2.3: U+0000 is replaced by the replacement character.
            text = text.replacingNUL()
        }
        root = text.withUTF8 { BlockParser(options: options).parse($0) }
    }

    /// Parses UTF-8 bytes; invalid sequences become U+FFFD, as do NUL bytes.
    public init(parsing bytes: [UInt8], options: MarkdownOptions = .default) {
        let parsed: Node? = bytes.withUnsafeBufferPointer { buffer in
            // Valid input without NUL is parsed as it is, without making a String of it.
            guard UTF8Validation.isValid(buffer), let base = buffer.baseAddress,
                buffer.isEmpty || memchr(base, 0, buffer.count) == nil
            else { return nil }
            return BlockParser(options: options).parse(buffer)
        }
        if let parsed {
            self.init(root: parsed)
        } else {
            self.init(parsing: String(decoding: bytes, as: UTF8.self), options: options)
        }
    }

    /// The document rendered as HTML.
    public func html(options: MarkdownOptions = .default) -> String {
        HTMLRenderer(options: options).render(root)
    }

    /// The document rendered as HTML, in UTF-8 bytes.
    public func htmlUTF8(options: MarkdownOptions = .default) -> [UInt8] {
        HTMLRenderer(options: options).renderUTF8(root)
    }
}

/// Markdown to HTML in one call, as `cmark` does.
public func markdownToHTML(_ text: String, options: MarkdownOptions = .default) -> String {
    Document(parsing: text, options: options).html(options: options)
}

/// Markdown in UTF-8 bytes to HTML in UTF-8 bytes, as `cmark` does: the same HTML as
/// `Document(parsing:options:).htmlUTF8(options:)`, but written while the leaves are parsed,
/// without building the document's nodes (for converting whole inputs fast). Invalid UTF-8
/// and NUL bytes become U+FFFD.
public func markdownToHTML(utf8 bytes: [UInt8], options: MarkdownOptions = .default) -> [UInt8] {
    withMarkdownHTML(utf8: bytes, options: options) { Array($0) }
}

/// Calls `body` with the HTML of `bytes` (as `markdownToHTML(utf8:options:)` makes it),
/// without copying it into an array first: for writing a large result straight out.
public func withMarkdownHTML<Result>(
    utf8 bytes: [UInt8], options: MarkdownOptions = .default, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
) rethrows -> Result {
    let html: HTMLOutput? = bytes.withUnsafeBufferPointer { buffer in
        guard UTF8Validation.isValid(buffer), let base = buffer.baseAddress,
            buffer.isEmpty || memchr(base, 0, buffer.count) == nil
        else { return nil }
        return renderHTML(buffer, options: options)
    }
    if let html { return try html.withBytes(body) }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.containsNUL { text = text.replacingNUL() }
    return try text.withUTF8 { try renderHTML($0, options: options).withBytes(body) }
}

/// Parses valid UTF-8 without NUL bytes and writes its HTML.
private func renderHTML(_ buffer: UnsafeBufferPointer<UInt8>, options: MarkdownOptions) -> HTMLOutput {
    var parser = BlockParser(options: options)
    parser.tracksPositions = false
    parser.parseBlocks(buffer)
    // HTML is usually a little longer than its Markdown.
    var out = HTMLOutput(capacity: buffer.count + buffer.count / 4)
    var writer = BlockHTMLWriter(references: parser.references, options: options, input: buffer)
    writer.write(parser.root, into: &out, tight: false)
    return out
}

extension String {
    fileprivate var containsNUL: Bool {
        var copy = self
        return copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    fileprivate func replacingNUL() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 8)
        for byte in utf8 {
            if byte == 0 {
                bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
