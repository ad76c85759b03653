/// One node of a parsed Markdown document: a block (paragraph, list, …) or an inline
/// (text, emphasis, link, …). Finished trees are values; the parsers build them.
public struct Node: Equatable, Sendable {
    public var kind: Kind
    public var range: SourceRange
    public var children: [Node]

    public init(_ kind: Kind, range: SourceRange = .zero, children: [Node] = []) {
        self.kind = kind
        self.range = range
        self.children = children
    }

    /// What a node is, with the data that only that kind carries.
    public enum Kind: Equatable, Sendable {
        // Blocks (CommonMark §4, §5; GFM tables).
        case document
        case blockQuote
        case list(ListAttributes)
        case item
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableHead
        case tableRow
        case tableCell(alignment: TableAlignment, isHeader: Bool)

        // Inlines (CommonMark §6; GFM strikethrough).
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case html(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(destination: String, title: String)
    }
}

/// Attributes of a list (CommonMark §5.3).
public struct ListAttributes: Equatable, Sendable {
    public enum Marker: Equatable, Sendable {
        /// `-`, `+` or `*`.
        case bullet(UInt8)
        /// A number followed by `.` or `)`.
        case ordered(start: Int, delimiter: UInt8)
    }

    public var marker: Marker
    public var isTight: Bool

    public init(marker: Marker, isTight: Bool) {
        self.marker = marker
        self.isTight = isTight
    }
}

/// Column alignment of a GFM table, from its delimiter row.
public enum TableAlignment: Equatable, Sendable {
    case none, left, center, right
}

extension Node {
    /// Whether this node is an inline (as opposed to a block).
    public var isInline: Bool {
        switch kind {
        case .text, .softBreak, .lineBreak, .code, .html, .emphasis, .strong, .strikethrough, .link, .image:
            return true
        default:
            return false
        }
    }

    /// Calls `visit` for this node and every descendant, depth first, in document order.
    public func walk(_ visit: (Node) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }

    /// The concatenated text of the inline descendants, as an image's `alt` would show it.
    public var plainText: String {
        var out = ""
        walk { node in
            switch node.kind {
            case .text(let s), .code(let s): out += s
            case .softBreak, .lineBreak: out += " "
            default: break
            }
        }
        return out
    }
}
