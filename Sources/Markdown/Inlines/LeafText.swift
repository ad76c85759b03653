/// The raw text of a leaf block (paragraph, heading, table cell) as the inline parser sees
/// it, with a map back to source positions.
struct LeafText {
    /// The content: lines joined by `\n`, container prefixes and leading indentation removed.
    var bytes: [UInt8]
    /// Where each line of `bytes` starts, and the source position of that byte.
    /// Empty when the parser does not track positions (`BlockParser.tracksPositions`).
    var lineStarts: [(offset: Int, position: SourcePosition)]
    /// The start of the last line, kept even when positions are not tracked (a table's
    /// header row is the last line of a paragraph).
    var lastLine: (offset: Int, position: SourcePosition)?
    /// When set, the text is these bytes of the parser's input followed by `\n`, and
    /// `bytes` is empty: a leaf whose lines lie one after another in the input, not copied
    /// (only while writing HTML directly; `BlockParser.materialize` copies it when it is
    /// edited or grows by a line that is not next in the input).
    var borrowed: Range<Int>?

    init(bytes: [UInt8] = [], lineStarts: [(offset: Int, position: SourcePosition)] = []) {
        self.bytes = bytes
        self.lineStarts = lineStarts
        lastLine = lineStarts.last
    }

    /// The source position of the byte at `offset` (or just past the end).
    func position(at offset: Int) -> SourcePosition {
        guard !lineStarts.isEmpty else { return SourcePosition(line: 0, column: 0) }
        // Binary search for the last line starting at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        return SourcePosition(line: start.position.line, column: start.position.column + max(0, offset - start.offset))
    }

    /// The source range of the bytes `start..<end` (inclusive end, as cmark reports it).
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: position(at: start), end: position(at: max(start, end - 1)))
    }
}
