/// The bytes behind an inline tree's literals, and the joining of a run of text cells into
/// one text: what `InlineTree.nodes` and `InlineHTMLWriter` both read the cells with.
struct InlineLiterals {
    let tree: InlineTree
    /// The leaf's bytes and the tree's `extra` literal bytes (see `InlineTree.literalBase`).
    let source: UnsafeBufferPointer<UInt8>
    let extra: UnsafeBufferPointer<UInt8>

    init(tree: InlineTree, source: UnsafeBufferPointer<UInt8>, extra: UnsafeBufferPointer<UInt8>) {
        self.tree = tree
        self.source = source
        self.extra = extra
    }

    /// The bytes of a literal range: the leaf's own bytes or `extra`.
    @inline(__always)
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        let base = tree.literalBase
        if range.lowerBound >= base {
            return UnsafeBufferPointer(rebasing: extra[(range.lowerBound - base)..<(range.upperBound - base)])
        }
        return UnsafeBufferPointer(rebasing: source[range])
    }

    /// The run of text cells starting at `first` as one text, given to `body` with the run's
    /// last cell; returns the cell after the run. While the literals are adjacent (usually:
    /// consecutive source text) the text is a range of the source and nothing is copied;
    /// otherwise it is joined in `scratch` (the caller's, reused from run to run).
    @inline(__always)
    func withTextRun(
        from first: Int, joiningIn scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>, _ last: InlineTree.Cell) -> Void
    ) -> Int {
        var last = tree[first]
        var literalRange = last.literal
        var contiguous = true
        var index = last.next
        while index >= 0 {
            let cell = tree[index]
            guard case .text = cell.kind else { break }
            if contiguous, cell.literal.lowerBound == literalRange.upperBound {
                literalRange = literalRange.lowerBound..<cell.literal.upperBound
            } else {
                if contiguous {
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: bytes(literalRange))
                    contiguous = false
                }
                scratch.append(contentsOf: bytes(cell.literal))
            }
            last = cell
            index = cell.next
        }
        if contiguous {
            body(bytes(literalRange), last)
        } else {
            scratch.withUnsafeBufferPointer { body($0, last) }
        }
        return index
    }
}
