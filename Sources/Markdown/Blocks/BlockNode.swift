/// A block under construction: the mutable tree the block phase builds (cmark's
/// `cmark_node` while parsing). Finished blocks become `Node` values in `BlockNode+Tree`.
/// The hot properties opt out of dynamic exclusivity checks: the parser is single-threaded and
/// never holds two accesses to one block at once, and the checks cost 5% of parse time.
final class BlockNode {
    enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak, table
    }

    // The small fields first, so that they pack together: a block is 136 bytes, not 168
    // (a 5 MB document holds tens of thousands of them).
    @exclusivity(unchecked) var kind: Kind
    @exclusivity(unchecked) var isOpen = true
    @exclusivity(unchecked) var lastLineBlank = false
    @exclusivity(unchecked) var lastLineChecked = false
    // Depth and positions in 32 bits (clamped: only inputs past 2 GB would notice).
    @exclusivity(unchecked) private var storedDepth: Int32 = 0
    @exclusivity(unchecked) private var storedStartLine: Int32
    @exclusivity(unchecked) private var storedStartColumn: Int32
    @exclusivity(unchecked) private var storedEndLine: Int32 = 0
    @exclusivity(unchecked) private var storedEndColumn: Int32 = 0
    unowned(unsafe) var parent: BlockNode?
    @exclusivity(unchecked) var children: [BlockNode] = []

    /// How many blocks enclose this one (the document is 0).
    var depth: Int {
        get { Int(storedDepth) }
        set { storedDepth = Int32(clamping: newValue) }
    }
    var startLine: Int {
        get { Int(storedStartLine) }
        set { storedStartLine = Int32(clamping: newValue) }
    }
    var startColumn: Int {
        get { Int(storedStartColumn) }
        set { storedStartColumn = Int32(clamping: newValue) }
    }
    var endLine: Int {
        get { Int(storedEndLine) }
        set { storedEndLine = Int32(clamping: newValue) }
    }
    var endColumn: Int {
        get { Int(storedEndColumn) }
        set { storedEndColumn = Int32(clamping: newValue) }
    }

    /// Raw text of leaves (paragraph, heading, code, HTML), one `\n`-terminated line at a time.
    @exclusivity(unchecked) var content = LeafText()

    /// What only some kinds of block need (lists, code, HTML, headings, tables), apart, so
    /// that the many paragraphs and items stay small: a third of the size, which matters for
    /// memory and page faults on large documents.
    @exclusivity(unchecked) private var details: BlockDetails?

    private var writableDetails: BlockDetails {
        if let details { return details }
        let created = BlockDetails()
        details = created
        return created
    }

    // Lists and items (cmark's `cmark_list`).
    var list: ListData {
        get { details?.list ?? ListData() }
        set { writableDetails.list = newValue }
        _modify {
            let details = writableDetails
            yield &details.list
        }
    }

    // Code blocks.
    var isFenced: Bool {
        get { details?.isFenced ?? false }
        set { writableDetails.isFenced = newValue }
    }
    var fenceCharacter: UInt8 {
        get { details?.fenceCharacter ?? 0 }
        set { writableDetails.fenceCharacter = newValue }
    }
    var fenceLength: Int {
        get { details?.fenceLength ?? 0 }
        set { writableDetails.fenceLength = newValue }
    }
    var fenceOffset: Int {
        get { details?.fenceOffset ?? 0 }
        set { writableDetails.fenceOffset = newValue }
    }
    var info: String {
        get { details?.info ?? "" }
        set { writableDetails.info = newValue }
    }
    var literal: String {
        get { details?.literal ?? "" }
        set { writableDetails.literal = newValue }
    }

    // HTML blocks: the start condition, 1 to 7 (CommonMark §4.6).
    var htmlBlockType: Int {
        get { details?.htmlBlockType ?? 0 }
        set { writableDetails.htmlBlockType = newValue }
    }

    // Headings.
    var headingLevel: Int {
        get { details?.headingLevel ?? 0 }
        set { writableDetails.headingLevel = newValue }
    }
    var isSetext: Bool {
        get { details?.isSetext ?? false }
        set { writableDetails.isSetext = newValue }
    }

    // Tables: alignments and rows of cells (the first row is the header).
    var alignments: [TableAlignment] {
        get { details?.alignments ?? [] }
        set { writableDetails.alignments = newValue }
        _modify {
            let details = writableDetails
            yield &details.alignments
        }
    }
    var rows: [TableRowData] {
        get { details?.rows ?? [] }
        set { writableDetails.rows = newValue }
        // In place, so that appending a table row does not copy the rows.
        _modify {
            let details = writableDetails
            yield &details.rows
        }
    }
    /// Set once a paragraph was tried as a table header and failed, so it is not tried again.
    var tableVisited: Bool {
        get { details?.tableVisited ?? false }
        set { writableDetails.tableVisited = newValue }
    }

    init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        storedStartLine = Int32(clamping: line)
        storedStartColumn = Int32(clamping: column)
    }

    var lastChild: BlockNode? { children.last }

    /// The leaf's text, leaving the block without it, so that it is not copied on the way to
    /// the inline parser.
    func takeContent() -> LeafText {
        let taken = content
        content = LeafText()
        return taken
    }

    /// Whether this block may hold a child of `kind` (cmark's `cmark_node_can_contain_type`).
    func canContain(_ kind: Kind) -> Bool {
        switch self.kind {
        case .document, .blockQuote, .item:
            return kind != .item
        case .list:
            return kind == .item
        default:
            return false
        }
    }

    /// Whether this block takes the rest of a line as text.
    var acceptsLines: Bool {
        kind == .paragraph || kind == .heading || kind == .codeBlock
    }
}

/// The fields of a `BlockNode` that only some kinds use.
final class BlockDetails {
    @exclusivity(unchecked) var list = ListData()
    @exclusivity(unchecked) var isFenced = false
    @exclusivity(unchecked) var fenceCharacter: UInt8 = 0
    @exclusivity(unchecked) var fenceLength = 0
    @exclusivity(unchecked) var fenceOffset = 0
    @exclusivity(unchecked) var info = ""
    @exclusivity(unchecked) var literal = ""
    @exclusivity(unchecked) var htmlBlockType = 0
    @exclusivity(unchecked) var headingLevel = 0
    @exclusivity(unchecked) var isSetext = false
    @exclusivity(unchecked) var alignments: [TableAlignment] = []
    @exclusivity(unchecked) var rows: [TableRowData] = []
    @exclusivity(unchecked) var tableVisited = false
}

/// The list-marker data of a list or item (cmark's `cmark_list`).
struct ListData {
    var isOrdered = false
    var bulletCharacter: UInt8 = 0
    var start = 0
    var delimiter: UInt8 = 0
    var markerOffset = 0
    var padding = 0
    var isTight = false

    /// Whether an item with these data continues a list with `other`'s (CommonMark §5.3).
    func matches(_ other: ListData) -> Bool {
        isOrdered == other.isOrdered && delimiter == other.delimiter && bulletCharacter == other.bulletCharacter
    }
}

/// One row of a table: its cells' text and where each cell starts.
struct TableRowData {
    var cells: [LeafText]
    var line: Int
    var startColumn: Int
    var endColumn: Int
}
