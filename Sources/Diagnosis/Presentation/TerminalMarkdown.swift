import Markdown

/// Markdown from the knowledge base (a question's hint, a cause's remedy) as an operator's
/// terminal shows it: strong emphasis in bold when the terminal can show it and plain
/// otherwise, links as `text (address)`, lists with their markers, never a raw `**`.
///
/// Inline HTML and HTML blocks are left out, as the safe HTML renderer leaves out raw HTML.
/// Lines are not wrapped: the terminal wraps them.
public struct TerminalMarkdown: Sendable {
    /// Whether to mark strong emphasis with the terminal's bold (ANSI SGR 1).
    public var bold: Bool

    public init(bold: Bool) {
        self.bold = bold
    }

    static let boldOn = "\u{1B}[1m"
    /// SGR 22: normal intensity, which ends bold without resetting anything else.
    static let boldOff = "\u{1B}[22m"

    /// `markdown` as lines of plain text (styled only when ``bold``), each prefixed with
    /// `indent`, blank lines between blocks; no trailing newline.
    public func render(_ markdown: String, indent: String = "") -> String {
        let document = Document(parsing: markdown)
        let lines = blocks(document.root.children)
        return lines.map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }

    // MARK: Blocks

    /// The blocks' lines, a blank line between two blocks.
    private func blocks(_ nodes: [Node], tight: Bool = false) -> [String] {
        var lines: [String] = []
        for node in nodes {
            let rendered = block(node)
            if rendered.isEmpty { continue }
            if !lines.isEmpty, !tight { lines.append("") }
            lines += rendered
        }
        return lines
    }

    private func block(_ node: Node) -> [String] {
        switch node.kind {
        case .paragraph:
            return inlines(node.children).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .heading:
            let text = inlines(node.children)
            return [strong(text)]
        case .list(let attributes):
            return list(node, attributes)
        case .blockQuote:
            return blocks(node.children).map { $0.isEmpty ? ">" : "> " + $0 }
        case .codeBlock(_, let literal):
            var text = literal
            while text.hasSuffix("\n") { text.removeLast() }
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        case .thematicBreak:
            return ["———"]
        case .table:
            // The head row, then the body rows: cells joined by ` | `.
            return node.children.map(row)
        case .tableHead, .tableRow:
            return [row(node)]
        case .document, .item:
            return blocks(node.children)
        case .htmlBlock:
            return []
        default:
            return [inlines([node])]
        }
    }

    private func list(_ node: Node, _ attributes: ListAttributes) -> [String] {
        var lines: [String] = []
        for (offset, item) in node.children.enumerated() {
            let marker: String
            switch attributes.marker {
            case .bullet: marker = "- "
            case .ordered(let start, let delimiter):
                marker = "\(start + offset)\(Character(Unicode.Scalar(delimiter))) "
            }
            let body = blocks(item.children, tight: attributes.isTight)
            if !lines.isEmpty, !attributes.isTight { lines.append("") }
            let padding = String(repeating: " ", count: marker.count)
            for (index, line) in body.enumerated() {
                lines.append(index == 0 ? marker + line : (line.isEmpty ? "" : padding + line))
            }
            if body.isEmpty { lines.append(marker.trimmingTrailingSpaces) }
        }
        return lines
    }

    private func row(_ node: Node) -> String {
        node.children.map { inlines($0.children) }.joined(separator: " | ")
    }

    // MARK: Inlines

    private func inlines(_ nodes: [Node]) -> String {
        var out = ""
        for node in nodes {
            switch node.kind {
            case .text(let text), .code(let text):
                out += text
            case .softBreak:
                out += " "
            case .lineBreak:
                out += "\n"
            case .strong:
                out += strong(inlines(node.children))
            case .emphasis, .strikethrough:
                out += inlines(node.children)
            case .link(let destination, _):
                let text = inlines(node.children)
                let bare = destination.hasPrefix("mailto:") ? String(destination.dropFirst("mailto:".count)) : destination
                out += text == destination || text == bare || destination.isEmpty ? text : "\(text) (\(destination))"
            case .image(let destination, _):
                let text = node.plainText
                out += text.isEmpty ? destination : text
            case .html:
                continue
            default:
                out += inlines(node.children)
            }
        }
        return out
    }

    private func strong(_ text: String) -> String {
        bold && !text.isEmpty ? Self.boldOn + text + Self.boldOff : text
    }
}
