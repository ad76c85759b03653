#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the inlines of one leaf as HTML straight from the parser's cells, without making
/// `Node` values or `String`s of their text: the byte-for-byte equivalent of building the
/// nodes with `InlineTree.nodes` and rendering them with `HTMLRenderer`, for callers that
/// want only the HTML (`markdownToHTML(utf8:options:)`).
struct InlineHTMLWriter {
    let tree: InlineTree
    let literals: InlineLiterals
    /// Where a run of text cells whose literals are not adjacent is joined, to find email
    /// addresses across them as `InlineTree.nodes` does after merging.
    var scratch: [UInt8] = []
    let options: MarkdownOptions
    let autolinkEmails: Bool

    init(tree: InlineTree, source: UnsafeBufferPointer<UInt8>, extra: UnsafeBufferPointer<UInt8>, options: MarkdownOptions) {
        self.tree = tree
        literals = InlineLiterals(tree: tree, source: source, extra: extra)
        self.options = options
        autolinkEmails = options.extensions.contains(.autolink)
    }

    /// Writes the sibling list starting at `first`; containers deeper than
    /// `InlineTree.maximumNesting` are written as their contents, as `InlineTree.nodes` does.
    mutating func write(from first: Int, into out: inout HTMLOutput, inLink: Bool, depth: Int) {
        var index = first
        while index >= 0 {
            let cell = tree[index]
            if depth >= InlineTree.maximumNesting, InlineHTMLWriter.isContainer(cell.kind) {
                writeFlattened(cell.firstChild, into: &out)
                index = cell.next
                continue
            }
            switch cell.kind {
            case .text:
                index = writeText(from: index, into: &out, inLink: inLink)
                continue
            case .softBreak, .lineBreak, .code, .html:
                writeLeaf(cell, into: &out)
            case .emphasis:
                out.markup("<em>")
                write(from: cell.firstChild, into: &out, inLink: inLink, depth: depth + 1)
                out.markup("</em>")
            case .strong:
                out.markup("<strong>")
                write(from: cell.firstChild, into: &out, inLink: inLink, depth: depth + 1)
                out.markup("</strong>")
            case .strikethrough:
                out.markup("<del>")
                write(from: cell.firstChild, into: &out, inLink: inLink, depth: depth + 1)
                out.markup("</del>")
            case .link(let target):
                let (destination, title) = tree.targets[target]
                out.markup("<a href=\"")
                if options.unsafe || !URLSafety.isDangerous(destination, isImage: false) {
                    out.appendEscapedURL(destination)
                }
                out.markup("\"")
                writeTitle(title, into: &out)
                out.markup(">")
                write(from: cell.firstChild, into: &out, inLink: true, depth: depth + 1)
                out.markup("</a>")
            case .image(let target):
                let (destination, title) = tree.targets[target]
                out.markup("<img src=\"")
                if options.unsafe || !URLSafety.isDangerous(destination, isImage: true) {
                    out.appendEscapedURL(destination)
                }
                out.markup("\" alt=\"")
                writeAltText(cell.firstChild, into: &out)
                out.markup("\"")
                writeTitle(title, into: &out)
                out.markup(" />")
            }
            index = cell.next
        }
    }

    private func writeTitle(_ title: String, into out: inout HTMLOutput) {
        guard !title.isEmpty else { return }
        out.markup(" title=\"")
        out.appendEscaped(title)
        out.markup("\"")
    }

    private func writeRawHTML(_ html: UnsafeBufferPointer<UInt8>, into out: inout HTMLOutput) {
        if !options.unsafe {
            out.markup("<!-- raw HTML omitted -->")
        } else if options.extensions.contains(.tagfilter) {
            TagFilter.append(html, to: &out)
        } else {
            out.appendRaw(html)
        }
    }

    /// An image's `alt`: the literal text of every descendant, raw HTML included, breaks as
    /// spaces (`HTMLRenderer.altText`); iterative, as images may nest deeply.
    private func writeAltText(_ first: Int, into out: inout HTMLOutput) {
        var pending = [first]
        while var index = pending.popLast() {
            while index >= 0 {
                let cell = tree[index]
                switch cell.kind {
                case .text, .code, .html:
                    out.appendEscaped(literals.bytes(cell.literal))
                case .softBreak, .lineBreak:
                    out.markup(" ")
                default:
                    pending.append(cell.next)
                    index = cell.firstChild
                    continue
                }
                index = cell.next
            }
        }
    }

    /// The leaves under `first`, in order, without their containers; iterative, so that
    /// nesting depth does not grow the stack.
    private mutating func writeFlattened(_ first: Int, into out: inout HTMLOutput) {
        var pending = [first]
        while var index = pending.popLast() {
            while index >= 0 {
                let cell = tree[index]
                switch cell.kind {
                case .emphasis, .strong, .strikethrough, .link, .image:
                    pending.append(cell.next)
                    index = cell.firstChild
                    continue
                case .text:
                    // Email autolinks are not made here: the text may be inside a link.
                    out.appendEscaped(literals.bytes(cell.literal))
                case .softBreak, .lineBreak, .code, .html:
                    writeLeaf(cell, into: &out)
                }
                index = cell.next
            }
        }
    }

    /// A cell without children and other than text: a break, a code span or raw HTML.
    private func writeLeaf(_ cell: InlineTree.Cell, into out: inout HTMLOutput) {
        switch cell.kind {
        case .softBreak:
            out.markup("\n")
        case .lineBreak:
            out.markup("<br />\n")
        case .code:
            out.markup("<code>")
            out.appendEscaped(literals.bytes(cell.literal))
            out.markup("</code>")
        case .html:
            writeRawHTML(literals.bytes(cell.literal), into: &out)
        case .text, .emphasis, .strong, .strikethrough, .link, .image:
            break
        }
    }

    private static func isContainer(_ kind: InlineTree.Kind) -> Bool {
        switch kind {
        case .emphasis, .strong, .strikethrough, .link, .image: return true
        default: return false
        }
    }

    /// Writes the run of text cells starting at `first`; returns the cell after the run.
    private mutating func writeText(from first: Int, into out: inout HTMLOutput, inLink: Bool) -> Int {
        guard autolinkEmails, !inLink else {
            // Without email autolinks, merging adjacent text changes nothing in the HTML.
            var index = first
            while index >= 0 {
                let cell = tree[index]
                guard case .text = cell.kind else { break }
                out.appendEscaped(literals.bytes(cell.literal))
                index = cell.next
            }
            return index
        }
        return literals.withTextRun(from: first, joiningIn: &scratch) { text, _ in InlineHTMLWriter.writeTextWithEmails(text, into: &out) }
    }

    /// Text outside links with GFM email autolinks, as `InlineTree.nodes` makes them.
    static func writeTextWithEmails(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout HTMLOutput) {
        guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "@")), bytes.count) != nil else {
            out.appendEscaped(bytes)
            return
        }
        var offset = 0
        for range in ExtendedAutolink.emailRanges(in: bytes) {
            out.appendEscaped(UnsafeBufferPointer(rebasing: bytes[offset..<range.lowerBound]))
            let address = UnsafeBufferPointer(rebasing: bytes[range])
            out.markup("<a href=\"mailto:")
            out.appendEscapedURL(address)
            out.markup("\">")
            out.appendEscaped(address)
            out.markup("</a>")
            offset = range.upperBound
        }
        out.appendEscaped(UnsafeBufferPointer(rebasing: bytes[offset...]))
    }
}
