/// Turning the parsed cells into the finished `[Node]`.
extension InlineTree {
    /// The top-level inlines, with adjacent text merged (as cmark's output reads) and, for
    /// GFM, email addresses in text outside links made into links.
    func nodes(_ text: LeafText, bytes: UnsafeBufferPointer<UInt8>, autolinkEmails: Bool) -> [Node] {
        extra.withUnsafeBufferPointer { extra in
            var builder = NodeBuilder(tree: self, text: text, source: bytes, extra: extra, autolinkEmails: autolinkEmails)
            var nodes: [Node] = []
            builder.appendChildren(from: head, to: &nodes, inLink: false, depth: 0)
            return nodes
        }
    }

    /// How deep emphasis, links and strikethrough may nest in the finished tree. The tree,
    /// its renderer and its deallocation recurse, so hostile input such as `*a **a ` repeated
    /// thousands of times must not make it arbitrarily deep; deeper containers are replaced by
    /// their contents. No real document comes near this.
    static let maximumNesting = 128
}

private struct NodeBuilder {
    let tree: InlineTree
    let text: LeafText
    let literals: InlineLiterals
    /// Where text cells whose literals are not adjacent are joined into one node's text.
    var scratch: [UInt8] = []
    let autolinkEmails: Bool

    init(
        tree: InlineTree, text: LeafText, source: UnsafeBufferPointer<UInt8>, extra: UnsafeBufferPointer<UInt8>,
        autolinkEmails: Bool
    ) {
        self.tree = tree
        self.text = text
        literals = InlineLiterals(tree: tree, source: source, extra: extra)
        self.autolinkEmails = autolinkEmails
    }

    /// Appends the nodes of the sibling list starting at `first`.
    mutating func appendChildren(from first: Int, to nodes: inout [Node], inLink: Bool, depth: Int) {
        // Reserve what the list will make (a run of text cells makes one node), so the
        // array is allocated once.
        nodes.reserveCapacity(nodes.count + nodeCount(from: first))
        var index = first
        while index >= 0 {
            let cell = tree[index]
            let range = text.range(cell.start, cell.end)
            if depth >= InlineTree.maximumNesting, isContainer(cell.kind) {
                appendFlattened(cell.firstChild, to: &nodes)
                index = cell.next
                continue
            }
            switch cell.kind {
            case .text:
                index = appendText(from: index, to: &nodes, inLink: inLink)
                continue
            case .softBreak:
                nodes.append(Node(.softBreak, range: range))
            case .lineBreak:
                nodes.append(Node(.lineBreak, range: range))
            case .code:
                nodes.append(Node(.code(literal(cell.literal)), range: range))
            case .html:
                nodes.append(Node(.html(literal(cell.literal)), range: range))
            case .emphasis:
                nodes.append(Node(.emphasis, range: range, children: children(cell, inLink: inLink, depth: depth)))
            case .strong:
                nodes.append(Node(.strong, range: range, children: children(cell, inLink: inLink, depth: depth)))
            case .strikethrough:
                nodes.append(Node(.strikethrough, range: range, children: children(cell, inLink: inLink, depth: depth)))
            case .link(let target):
                let (destination, title) = tree.targets[target]
                nodes.append(Node(
                    .link(destination: destination, title: title), range: range,
                    children: children(cell, inLink: true, depth: depth)))
            case .image(let target):
                let (destination, title) = tree.targets[target]
                nodes.append(Node(
                    .image(destination: destination, title: title), range: range,
                    children: children(cell, inLink: inLink, depth: depth)))
            }
            index = cell.next
        }
    }

    /// The number of nodes the sibling list from `first` makes, before email autolinks.
    private func nodeCount(from first: Int) -> Int {
        var count = 0
        var afterText = false
        var index = first
        while index >= 0 {
            let cell = tree[index]
            if case .text = cell.kind {
                if !afterText { count += 1 }
                afterText = true
            } else {
                count += 1
                afterText = false
            }
            index = cell.next
        }
        return count
    }

    private mutating func children(_ cell: InlineTree.Cell, inLink: Bool, depth: Int) -> [Node] {
        var nodes: [Node] = []
        appendChildren(from: cell.firstChild, to: &nodes, inLink: inLink, depth: depth + 1)
        return nodes
    }

    /// The leaves under `first`, in order, without their containers; iterative, so that
    /// nesting depth does not grow the stack.
    private mutating func appendFlattened(_ first: Int, to nodes: inout [Node]) {
        var pending = [first]
        while var index = pending.popLast() {
            while index >= 0 {
                let cell = tree[index]
                if isContainer(cell.kind) {
                    pending.append(cell.next)
                    index = cell.firstChild
                    continue
                }
                switch cell.kind {
                case .text:
                    // Email autolinks are not made here: the text may be inside a link.
                    index = appendText(from: index, to: &nodes, inLink: true)
                    continue
                case .softBreak:
                    nodes.append(Node(.softBreak, range: text.range(cell.start, cell.end)))
                case .lineBreak:
                    nodes.append(Node(.lineBreak, range: text.range(cell.start, cell.end)))
                case .code:
                    nodes.append(Node(.code(literal(cell.literal)), range: text.range(cell.start, cell.end)))
                case .html:
                    nodes.append(Node(.html(literal(cell.literal)), range: text.range(cell.start, cell.end)))
                default:
                    break
                }
                index = cell.next
            }
        }
    }

    private func isContainer(_ kind: InlineTree.Kind) -> Bool {
        switch kind {
        case .emphasis, .strong, .strikethrough, .link, .image: return true
        default: return false
        }
    }

    private func literal(_ range: Range<Int>) -> String {
        String(decoding: literals.bytes(range), as: UTF8.self)
    }

    /// Appends the run of text cells starting at `first` as one text node (or, with email
    /// autolinks, text and links); returns the cell after the run.
    private mutating func appendText(from first: Int, to nodes: inout [Node], inLink: Bool) -> Int {
        let start = tree[first].start
        // The buffer is taken out of `self` for the run, so that `body` may read `self`.
        var joined: [UInt8] = []
        swap(&joined, &scratch)
        defer { scratch = joined }
        return literals.withTextRun(from: first, joiningIn: &joined) { text, last in
            appendText(text, start: start, end: last.end, to: &nodes, inLink: inLink)
        }
    }

    /// Appends the text `bytes` of source span `start..<end`, if it is not empty.
    private func appendText(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, to nodes: inout [Node], inLink: Bool
    ) {
        guard !bytes.isEmpty else { return }
        if autolinkEmails, !inLink, bytes.contains(UInt8(ascii: "@")) {
            appendTextWithEmails(bytes, start: start, end: end, to: &nodes)
        } else {
            nodes.append(Node(.text(String(decoding: bytes, as: UTF8.self)), range: text.range(start, end)))
        }
    }

    /// GFM email autolinks in a merged text node. Source ranges are exact when the text is
    /// the source verbatim; otherwise the pieces carry the whole text's range.
    private func appendTextWithEmails(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, to nodes: inout [Node]) {
        let ranges = ExtendedAutolink.emailRanges(in: bytes)
        let verbatim = end - start == bytes.count
        func sourceRange(_ range: Range<Int>) -> SourceRange {
            verbatim ? text.range(start + range.lowerBound, start + range.upperBound) : text.range(start, end)
        }
        var offset = 0
        for range in ranges {
            if range.lowerBound > offset {
                nodes.append(Node(.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<range.lowerBound]), as: UTF8.self)),
                    range: sourceRange(offset..<range.lowerBound)))
            }
            let address = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            let linkRange = sourceRange(range)
            nodes.append(Node(.link(destination: "mailto:" + address, title: ""), range: linkRange,
                children: [Node(.text(address), range: linkRange)]))
            offset = range.upperBound
        }
        if offset < bytes.count {
            nodes.append(Node(.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset...]), as: UTF8.self)), range: sourceRange(offset..<bytes.count)))
        }
    }
}
