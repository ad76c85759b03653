/// Renders a document tree as HTML, byte for byte as cmark (and cmark-gfm for the
/// extensions) does.
public struct HTMLRenderer: Sendable {
    public var options: MarkdownOptions
    /// `id` attributes for the document's headings, in document order (for anchors); a
    /// heading beyond the end of the list, or with an empty id, gets none.
    public var headingIDs: [String] = []

    public init(options: MarkdownOptions = .default, headingIDs: [String] = []) {
        self.options = options
        self.headingIDs = headingIDs
    }

    /// The HTML for `node` and its descendants.
    public func render(_ node: Node) -> String {
        String(decoding: renderUTF8(node), as: UTF8.self)
    }

    /// The HTML as UTF-8 bytes, ready to write (skips making a `String` of a large result).
    public func renderUTF8(_ node: Node) -> [UInt8] {
        var output = HTMLOutput()
        output.headingIDs = headingIDs
        render(node, into: &output, tight: false)
        return output.bytes
    }

    func render(_ node: Node, into out: inout HTMLOutput, tight: Bool) {
        switch node.kind {
        case .document:
            renderChildren(node, into: &out, tight: false)
        case .blockQuote:
            out.newlineIfNeeded()
            out.markup("<blockquote>\n")
            renderChildren(node, into: &out, tight: false)
            out.newlineIfNeeded()
            out.markup("</blockquote>\n")
        case .list(let attributes):
            out.newlineIfNeeded()
            switch attributes.marker {
            case .bullet:
                out.markup("<ul>\n")
            case .ordered(let start, _):
                out.append(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
            }
            for item in node.children { render(item, into: &out, tight: attributes.isTight) }
            out.newlineIfNeeded()
            if case .bullet = attributes.marker { out.markup("</ul>\n") } else { out.markup("</ol>\n") }
        case .item:
            out.newlineIfNeeded()
            out.markup("<li>")
            renderChildren(node, into: &out, tight: tight)
            out.markup("</li>\n")
        case .codeBlock(let info, let literal):
            out.newlineIfNeeded()
            // The first word, ended by any whitespace character (§2.1), as cmark ends it.
            let language = info.split(whereSeparator: { $0.unicodeScalars.allSatisfy { $0.isASCII && isWhitespace(UInt8($0.value)) } }).first
            if let language, !language.isEmpty {
                out.markup("<pre><code class=\"language-")
                out.appendEscaped(String(language))
                out.markup("\">")
            } else {
                out.markup("<pre><code>")
            }
            out.appendEscaped(literal)
            out.markup("</code></pre>\n")
        case .htmlBlock(let html):
            out.newlineIfNeeded()
            if options.unsafe {
                appendRawHTML(html, into: &out)
                // The literal lost its last newline only (see BlockHTMLWriter).
                out.markup("\n")
            } else {
                out.markup("<!-- raw HTML omitted -->")
                out.newlineIfNeeded()
            }
        case .paragraph:
            if tight {
                renderChildren(node, into: &out, tight: tight)
            } else {
                out.newlineIfNeeded()
                out.markup("<p>")
                renderChildren(node, into: &out, tight: tight)
                out.markup("</p>\n")
            }
        case .heading(let level):
            out.newlineIfNeeded()
            if out.nextHeading < out.headingIDs.count, !out.headingIDs[out.nextHeading].isEmpty {
                out.append("<h\(level) id=\"")
                out.appendEscaped(out.headingIDs[out.nextHeading])
                out.markup("\">")
            } else {
                out.append("<h\(level)>")
            }
            out.nextHeading += 1
            renderChildren(node, into: &out, tight: tight)
            out.append("</h\(level)>\n")
        case .thematicBreak:
            out.newlineIfNeeded()
            out.markup("<hr />\n")
        case .table:
            out.newlineIfNeeded()
            out.markup("<table>\n")
            renderChildren(node, into: &out, tight: false)
            if node.children.count > 1 { out.markup("</tbody>\n") }
            out.markup("</table>\n")
        case .tableHead:
            out.markup("<thead>\n<tr>\n")
            renderChildren(node, into: &out, tight: false)
            out.markup("</tr>\n</thead>\n")
            // cmark-gfm opens the body before the first body row.
        case .tableRow:
            out.markup("<tr>\n")
            renderChildren(node, into: &out, tight: false)
            out.markup("</tr>\n")
        case .tableCell(let alignment, let isHeader):
            let tag = isHeader ? "th" : "td"
            switch alignment {
            case .none: out.append("<\(tag)>")
            case .left: out.append("<\(tag) align=\"left\">")
            case .center: out.append("<\(tag) align=\"center\">")
            case .right: out.append("<\(tag) align=\"right\">")
            }
            renderChildren(node, into: &out, tight: false)
            out.append("</\(tag)>\n")
        case .text(let text):
            out.appendEscaped(text)
        case .softBreak:
            out.markup("\n")
        case .lineBreak:
            out.markup("<br />\n")
        case .code(let code):
            out.markup("<code>")
            out.appendEscaped(code)
            out.markup("</code>")
        case .html(let html):
            if options.unsafe {
                appendRawHTML(html, into: &out)
            } else {
                out.markup("<!-- raw HTML omitted -->")
            }
        case .emphasis:
            out.markup("<em>")
            renderChildren(node, into: &out, tight: tight)
            out.markup("</em>")
        case .strong:
            out.markup("<strong>")
            renderChildren(node, into: &out, tight: tight)
            out.markup("</strong>")
        case .strikethrough:
            out.markup("<del>")
            renderChildren(node, into: &out, tight: tight)
            out.markup("</del>")
        case .link(let destination, let title):
            out.markup("<a href=\"")
            if options.unsafe || !URLSafety.isDangerous(destination, isImage: false) {
                out.appendEscapedURL(destination)
            }
            out.markup("\"")
            if !title.isEmpty {
                out.markup(" title=\"")
                out.appendEscaped(title)
                out.markup("\"")
            }
            out.markup(">")
            renderChildren(node, into: &out, tight: tight)
            out.markup("</a>")
        case .image(let destination, let title):
            out.markup("<img src=\"")
            if options.unsafe || !URLSafety.isDangerous(destination, isImage: true) {
                out.appendEscapedURL(destination)
            }
            out.markup("\" alt=\"")
            out.appendEscaped(HTMLRenderer.altText(node))
            out.markup("\"")
            if !title.isEmpty {
                out.markup(" title=\"")
                out.appendEscaped(title)
                out.markup("\"")
            }
            out.markup(" />")
        }
    }

    /// An image's `alt`: the literal text of its descendants, raw HTML included, with line
    /// breaks as spaces (cmark renders the image's content in "plain" mode).
    private static func altText(_ node: Node) -> String {
        var out = ""
        node.walk { node in
            switch node.kind {
            case .text(let s), .code(let s), .html(let s): out += s
            case .softBreak, .lineBreak: out += " "
            default: break
            }
        }
        return out
    }

    private func renderChildren(_ node: Node, into out: inout HTMLOutput, tight: Bool) {
        if case .table = node.kind {
            for (index, child) in node.children.enumerated() {
                if index == 1 { out.markup("<tbody>\n") }
                render(child, into: &out, tight: false)
            }
            return
        }
        for child in node.children { render(child, into: &out, tight: tight) }
    }

    private func appendRawHTML(_ html: String, into out: inout HTMLOutput) {
        if options.extensions.contains(.tagfilter) {
            out.append(TagFilter.filter(html))
        } else {
            out.append(html)
        }
    }
}
