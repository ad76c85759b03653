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
        var output = HTMLOutput()
        output.headingIDs = headingIDs
        render(node, into: &output, tight: false)
        return output.string
    }

    func render(_ node: Node, into out: inout HTMLOutput, tight: Bool) {
        switch node.kind {
        case .document:
            renderChildren(node, into: &out, tight: false)
        case .blockQuote:
            out.newlineIfNeeded()
            out.append("<blockquote>\n")
            renderChildren(node, into: &out, tight: false)
            out.newlineIfNeeded()
            out.append("</blockquote>\n")
        case .list(let attributes):
            out.newlineIfNeeded()
            switch attributes.marker {
            case .bullet:
                out.append("<ul>\n")
            case .ordered(let start, _):
                out.append(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
            }
            for item in node.children { render(item, into: &out, tight: attributes.isTight) }
            out.newlineIfNeeded()
            if case .bullet = attributes.marker { out.append("</ul>\n") } else { out.append("</ol>\n") }
        case .item:
            out.newlineIfNeeded()
            out.append("<li>")
            renderChildren(node, into: &out, tight: tight)
            out.append("</li>\n")
        case .codeBlock(let info, let literal):
            out.newlineIfNeeded()
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first
            if let language, !language.isEmpty {
                out.append("<pre><code class=\"language-")
                out.appendEscaped(String(language))
                out.append("\">")
            } else {
                out.append("<pre><code>")
            }
            out.appendEscaped(literal)
            out.append("</code></pre>\n")
        case .htmlBlock(let html):
            out.newlineIfNeeded()
            if options.unsafe {
                appendRawHTML(html, into: &out)
            } else {
                out.append("<!-- raw HTML omitted -->")
            }
            out.newlineIfNeeded()
        case .paragraph:
            if tight {
                renderChildren(node, into: &out, tight: tight)
            } else {
                out.newlineIfNeeded()
                out.append("<p>")
                renderChildren(node, into: &out, tight: tight)
                out.append("</p>\n")
            }
        case .heading(let level):
            out.newlineIfNeeded()
            if out.nextHeading < out.headingIDs.count, !out.headingIDs[out.nextHeading].isEmpty {
                out.append("<h\(level) id=\"")
                out.appendEscaped(out.headingIDs[out.nextHeading])
                out.append("\">")
            } else {
                out.append("<h\(level)>")
            }
            out.nextHeading += 1
            renderChildren(node, into: &out, tight: tight)
            out.append("</h\(level)>\n")
        case .thematicBreak:
            out.newlineIfNeeded()
            out.append("<hr />\n")
        case .table:
            out.newlineIfNeeded()
            out.append("<table>\n")
            renderChildren(node, into: &out, tight: false)
            if node.children.count > 1 { out.append("</tbody>\n") }
            out.append("</table>\n")
        case .tableHead:
            out.append("<thead>\n<tr>\n")
            renderChildren(node, into: &out, tight: false)
            out.append("</tr>\n</thead>\n")
            // cmark-gfm opens the body before the first body row.
        case .tableRow:
            out.append("<tr>\n")
            renderChildren(node, into: &out, tight: false)
            out.append("</tr>\n")
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
            out.append("\n")
        case .lineBreak:
            out.append("<br />\n")
        case .code(let code):
            out.append("<code>")
            out.appendEscaped(code)
            out.append("</code>")
        case .html(let html):
            if options.unsafe {
                appendRawHTML(html, into: &out)
            } else {
                out.append("<!-- raw HTML omitted -->")
            }
        case .emphasis:
            out.append("<em>")
            renderChildren(node, into: &out, tight: tight)
            out.append("</em>")
        case .strong:
            out.append("<strong>")
            renderChildren(node, into: &out, tight: tight)
            out.append("</strong>")
        case .strikethrough:
            out.append("<del>")
            renderChildren(node, into: &out, tight: tight)
            out.append("</del>")
        case .link(let destination, let title):
            out.append("<a href=\"")
            if options.unsafe || !URLSafety.isDangerous(destination, isImage: false) {
                out.appendEscapedURL(destination)
            }
            out.append("\"")
            if !title.isEmpty {
                out.append(" title=\"")
                out.appendEscaped(title)
                out.append("\"")
            }
            out.append(">")
            renderChildren(node, into: &out, tight: tight)
            out.append("</a>")
        case .image(let destination, let title):
            out.append("<img src=\"")
            if options.unsafe || !URLSafety.isDangerous(destination, isImage: true) {
                out.appendEscapedURL(destination)
            }
            out.append("\" alt=\"")
            out.appendEscaped(HTMLRenderer.altText(node))
            out.append("\"")
            if !title.isEmpty {
                out.append(" title=\"")
                out.appendEscaped(title)
                out.append("\"")
            }
            out.append(" />")
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
                if index == 1 { out.append("<tbody>\n") }
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
