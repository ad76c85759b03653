import Markdown

extension Typography {
    /// `node` with the typography applied to the text nodes of every paragraph, heading and
    /// table cell; nothing else changes. Code spans and blocks, raw HTML, link destinations
    /// and titles and images (whose text becomes an `alt` attribute) are left as they are.
    ///
    /// A block's inline text is read as one: a short word at the end of one text node is
    /// bound to the link, emphasis or code span that follows it («в [профиле](…)»). A soft
    /// line break stays a line break.
    static func apply(to node: Node) -> Node {
        switch node.kind {
        case .paragraph, .heading, .tableCell:
            var text: [UInt8] = []
            for child in node.children { collect(child, into: &text) }
            let positions = text.withUnsafeBufferPointer { noBreakPositions(in: $0) }
            guard !positions.isEmpty else { return node }
            var rewriter = Rewriter(positions: positions)
            var node = node
            node.children = node.children.map { rewriter.rewrite($0) }
            return node
        case .codeBlock, .htmlBlock, .thematicBreak:
            return node
        default:
            guard !node.children.isEmpty else { return node }
            var node = node
            node.children = node.children.map(apply(to:))
            return node
        }
    }

    /// Stands for an inline the rules must not look into (a code span, an image, raw HTML):
    /// U+FFFC, in UTF-8.
    fileprivate static let opaque: [UInt8] = [0xEF, 0xBF, 0xBC]

    /// Appends the text of an inline as the rules see it, in UTF-8: text nodes as they are,
    /// a line break as `\n`, an inline whose text is not typeset as `opaque`.
    fileprivate static func collect(_ node: Node, into text: inout [UInt8]) {
        switch node.kind {
        case .text(let string): text.append(contentsOf: string.utf8)
        case .softBreak, .lineBreak: text.append(UInt8(ascii: "\n"))
        case .emphasis, .strong, .strikethrough, .link:
            for child in node.children { collect(child, into: &text) }
        default: text.append(contentsOf: opaque)
        }
    }

    /// Walks the inlines in the order `collect` read them and rewrites the text nodes that
    /// hold one of `positions`.
    private struct Rewriter {
        let positions: [Int]
        /// The first position not yet applied.
        var next = 0
        /// Where the current inline starts in the collected text.
        var offset = 0

        init(positions: [Int]) {
            self.positions = positions
        }

        mutating func rewrite(_ node: Node) -> Node {
            var node = node
            switch node.kind {
            case .text(var string):
                let end = offset + string.utf8.count
                let first = next
                while next < positions.count, positions[next] < end { next += 1 }
                if next > first {
                    let bytes = string.withUTF8 { replacingSpaces(in: $0, at: positions[first..<next], offset: offset) }
                    node.kind = .text(String(decoding: bytes, as: UTF8.self))
                }
                offset = end
            case .softBreak, .lineBreak:
                offset += 1
            case .emphasis, .strong, .strikethrough, .link:
                node.children = node.children.map { rewrite($0) }
            default:
                offset += opaque.count
            }
            return node
        }
    }
}
