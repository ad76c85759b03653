/// The inlines of one leaf while they are being parsed: cells in a doubly linked sibling
/// list, as cmark keeps its nodes, so that emphasis and links can wrap a run of siblings in
/// O(1). `nodes(_:bytes:autolinkEmails:)` turns it into the finished `[Node]`, merging adjacent text.
struct InlineTree {
    enum Kind: Equatable {
        case text, softBreak, lineBreak, code, html, emphasis, strong, strikethrough
        /// A link or image; the payload indexes `targets`.
        case link(Int), image(Int)
    }

    struct Cell {
        var kind: Kind
        /// Source offsets (into the leaf's bytes) of the cell, `start..<end`.
        var start: Int
        var end: Int
        /// The text, code or HTML of the cell, as a literal range (see `literalBase`).
        var literal: Range<Int>
        var firstChild = -1
        var lastChild = -1
        var previous = -1
        var next = -1
    }

    private(set) var cells: [Cell] = []
    /// Literal ranges live in one address space: below `literalBase` a range is the leaf's
    /// own bytes (most text is the source verbatim, so it is never copied); from
    /// `literalBase` on it is `extra` shifted by `literalBase`, for literals that differ from
    /// the source (entities, code spans, decoded autolinks). The gap of one between the two
    /// keeps a source range that ends the leaf from looking contiguous with `extra`.
    let literalBase: Int
    /// The bytes of literals that are not the source verbatim.
    private(set) var extra: [UInt8] = []
    private(set) var targets: [(destination: String, title: String)] = []
    /// The first and last cell of the top-level list.
    private(set) var head = -1
    private(set) var tail = -1

    init(sourceCount: Int) {
        literalBase = sourceCount + 1
        // Most leaves make a handful of cells; a large reservation costs more (malloc and
        // free of a big block) than the few regrowths it would save.
        cells.reserveCapacity(sourceCount / 64 + 8)
    }

    /// A tree that fills the (emptied) arrays of `storage`, so that one leaf after another
    /// reuses their memory.
    init(sourceCount: Int, storage: inout InlineStorage) {
        literalBase = sourceCount + 1
        swap(&cells, &storage.cells)
        swap(&extra, &storage.extra)
        swap(&targets, &storage.targets)
    }

    /// Empties the tree's arrays, keeping their memory, into `storage`.
    mutating func recycle(into storage: inout InlineStorage) {
        cells.removeAll(keepingCapacity: true)
        extra.removeAll(keepingCapacity: true)
        targets.removeAll(keepingCapacity: true)
        swap(&cells, &storage.cells)
        swap(&extra, &storage.extra)
        swap(&targets, &storage.targets)
        head = -1
        tail = -1
    }

    subscript(cell: Int) -> Cell {
        cells[cell]
    }

    /// Appends a cell at the end of the top-level list whose literal is the leaf's bytes
    /// `source` (verbatim).
    @discardableResult
    mutating func append(_ kind: Kind, start: Int, end: Int, source: Range<Int>) -> Int {
        append(Cell(kind: kind, start: start, end: end, literal: source))
    }

    /// Appends a cell whose literal is `literal`, which differs from the source.
    @discardableResult
    mutating func append(_ kind: Kind, start: Int, end: Int, literal: [UInt8]) -> Int {
        append(Cell(kind: kind, start: start, end: end, literal: appendExtra(literal)))
    }

    /// Appends a cell without a literal (breaks).
    @discardableResult
    mutating func append(_ kind: Kind, start: Int, end: Int) -> Int {
        append(Cell(kind: kind, start: start, end: end, literal: 0..<0))
    }

    private mutating func appendExtra(_ literal: [UInt8]) -> Range<Int> {
        let literalStart = literalBase + extra.count
        extra.append(contentsOf: literal)
        return literalStart..<(literalStart + literal.count)
    }

    private mutating func append(_ cell: Cell) -> Int {
        var cell = cell
        let index = cells.count
        cell.previous = tail
        cells.append(cell)
        if tail >= 0 { cells[tail].next = index } else { head = index }
        tail = index
        return index
    }

    /// Appends a link whose only child is a text cell with the literal range `text` (an
    /// autolink).
    mutating func appendLink(_ kind: Kind, range: Range<Int>, text: Range<Int>, textRange: Range<Int>) {
        let child = cells.count
        cells.append(Cell(kind: .text, start: textRange.lowerBound, end: textRange.upperBound, literal: text))
        var link = Cell(kind: kind, start: range.lowerBound, end: range.upperBound, literal: 0..<0)
        link.firstChild = child
        link.lastChild = child
        _ = append(link)
    }

    /// Appends a link whose only child is the text `text`, which differs from the source.
    mutating func appendLink(_ kind: Kind, range: Range<Int>, text: [UInt8], textRange: Range<Int>) {
        appendLink(kind, range: range, text: appendExtra(text), textRange: textRange)
    }

    mutating func addTarget(destination: String, title: String) -> Int {
        if targets.capacity == 0 { targets.reserveCapacity(4) }
        targets.append((destination, title))
        return targets.count - 1
    }

    /// Drops `count` bytes from the end of a text cell's literal and source span (the used
    /// part of an emphasis opener, or a scheme an extended autolink takes over).
    mutating func trimEnd(of cell: Int, by count: Int) {
        cells[cell].literal = cells[cell].literal.lowerBound..<(cells[cell].literal.upperBound - count)
        cells[cell].end -= count
    }

    /// Drops `count` bytes from the start of a text cell (the used part of a closer).
    mutating func trimStart(of cell: Int, by count: Int) {
        cells[cell].literal = (cells[cell].literal.lowerBound + count)..<cells[cell].literal.upperBound
        cells[cell].start += count
    }

    /// Turns a text cell into a container (a strikethrough made from its opener).
    mutating func setKind(_ kind: Kind, of cell: Int) {
        cells[cell].kind = kind
    }

    /// Moves the top-level cells strictly between `first` and `last` (-1: to the end) into
    /// a new container of `kind`, inserted just after `first`.
    @discardableResult
    mutating func wrap(after first: Int, before last: Int, kind: Kind, start: Int, end: Int) -> Int {
        let index = cells.count
        var container = Cell(kind: kind, start: start, end: end, literal: 0..<0)
        let inner = cells[first].next
        let innerLast = last >= 0 ? cells[last].previous : tail
        if inner != last, inner >= 0 {
            container.firstChild = inner
            container.lastChild = innerLast
            cells[inner].previous = -1
            cells[innerLast].next = -1
        }
        container.previous = first
        container.next = last
        cells.append(container)
        cells[first].next = index
        if last >= 0 { cells[last].previous = index } else { tail = index }
        return index
    }

    /// Unlinks a top-level cell.
    mutating func remove(_ cell: Int) {
        let previous = cells[cell].previous
        let next = cells[cell].next
        if previous >= 0 { cells[previous].next = next } else { head = next }
        if next >= 0 { cells[next].previous = previous } else { tail = previous }
        cells[cell].previous = -1
        cells[cell].next = -1
    }
}
