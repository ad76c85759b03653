#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The block phase of CommonMark parsing (§4, §5), after cmark's `blocks.c`: each line is
/// matched against the open containers (`checkOpenBlocks`), new blocks are opened
/// (`openNewBlocks`), and the rest of the line goes to a leaf (`addTextToContainer`). When
/// the input ends, leaves are handed to the inline parser with the link reference
/// definitions collected on the way.
struct BlockParser {
    static let tabStop = 4
    static let codeIndent = 4
    /// The deepest nesting of containers that is opened; deeper markers are text. The spec
    /// sets no limit, but trees this deep only come from hostile input, and walking them
    /// would exhaust the stack of a worker thread.
    static let maxNesting = 100

    let options: MarkdownOptions
    var references = ReferenceMap()
    /// Whether leaves record where each line starts, for the source ranges of `Node`s;
    /// writing HTML directly needs none of them.
    var tracksPositions = true

    // The current line: `input[lineStart ..< lineStart + lineLength]`, then a virtual `\n`.
    var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var lineStart = 0
    var lineLength = 0
    var lineNumber = 0
    var lastLineLength = 0
    var atEndOfInput = false

    // Where the line is being read (cmark's `parser->offset`, `column`, …).
    var offset = 0
    var column = 0
    var firstNonspace = 0
    var firstNonspaceColumn = 0
    var indent = 0
    var isBlank = false
    var partiallyConsumedTab = false
    var thematicBreakKillPosition = 0

    let root: BlockNode
    var current: BlockNode

    init(options: MarkdownOptions) {
        self.options = options
        root = BlockNode(.document, line: 1, column: 1)
        current = root
    }

    /// Parses a whole document (valid UTF-8 without NUL bytes; `Document` ensures that).
    consuming func parse(_ text: UnsafeBufferPointer<UInt8>) -> Node {
        parseBlocks(text)
        let converter = TreeConverter(references: references, options: options)
        return converter.node(for: root)
    }

    /// Parses a whole document into the finished block tree, from `root`; the leaves keep
    /// their raw text for the inline phase, and `references` holds every definition.
    mutating func parseBlocks(_ text: UnsafeBufferPointer<UInt8>) {
        input = text
        // A byte order mark at the start is not text (cmark and commonmark.js drop it too).
        var start = text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0
        let count = text.count
        // Carriage returns are rare: find the first, and look for more only after passing it.
        var nextReturn = BlockParser.find(UInt8(ascii: "\r"), in: text, from: 0)
        while start < count {
            var end = BlockParser.find(UInt8(ascii: "\n"), in: text, from: start)
            if nextReturn < start { nextReturn = BlockParser.find(UInt8(ascii: "\r"), in: text, from: start) }
            if nextReturn < end { end = nextReturn }
            processLine(start: start, length: end - start)
            if end < count, text[end] == UInt8(ascii: "\r"), end + 1 < count, text[end + 1] == UInt8(ascii: "\n") {
                end += 1
            }
            start = end + 1
        }
        atEndOfInput = true
        while current !== root {
            current = finalize(current)
        }
        _ = finalize(root)
    }

    /// The index of the first `byte` at or after `start`, or the end (memchr).
    static func find(_ byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < text.count, let base = text.baseAddress else { return text.count }
        guard let found = memchr(base + start, Int32(byte), text.count - start) else { return text.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    // MARK: - Reading the line

    /// The byte at `index` of the current line, `\n` just past its end, 0 beyond.
    @inline(__always)
    func peek(_ index: Int) -> UInt8 {
        if index < lineLength { return input[lineStart + index] }
        return index == lineLength ? UInt8(ascii: "\n") : 0
    }

    /// Advances over `count` bytes, or `count` columns when `columns` is set, splitting tabs
    /// into their spaces as needed (cmark's `S_advance_offset`).
    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 {
            let byte = peek(offset)
            if byte == 0 { break }
            if byte == UInt8(ascii: "\t") {
                let charsToTab = BlockParser.tabStop - (column % BlockParser.tabStop)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let charsToAdvance = min(count, charsToTab)
                    column += charsToAdvance
                    offset += partiallyConsumedTab ? 0 : 1
                    count -= charsToAdvance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    /// Finds the first non-space byte at or after `offset` and the indentation up to it.
    mutating func findFirstNonspace() {
        if firstNonspace <= offset {
            // Most often there is no indentation to measure.
            let byte = peek(offset)
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") {
                firstNonspace = offset
                firstNonspaceColumn = column
                indent = 0
                isBlank = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                return
            }
        }
        var charsToTab = BlockParser.tabStop - (column % BlockParser.tabStop)
        if firstNonspace <= offset {
            firstNonspace = offset
            firstNonspaceColumn = column
            while true {
                let byte = peek(firstNonspace)
                if byte == UInt8(ascii: " ") {
                    firstNonspace += 1
                    firstNonspaceColumn += 1
                    charsToTab -= 1
                    if charsToTab == 0 { charsToTab = BlockParser.tabStop }
                } else if byte == UInt8(ascii: "\t") {
                    firstNonspace += 1
                    firstNonspaceColumn += charsToTab
                    charsToTab = BlockParser.tabStop
                } else {
                    break
                }
            }
        }
        indent = firstNonspaceColumn - column
        let byte = peek(firstNonspace)
        isBlank = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    // MARK: - One line

    mutating func processLine(start: Int, length: Int) {
        lineStart = start
        lineLength = length
        lineNumber += 1
        offset = 0
        column = 0
        firstNonspace = 0
        firstNonspaceColumn = 0
        thematicBreakKillPosition = 0
        indent = 0
        isBlank = false
        partiallyConsumedTab = false

        if let lastMatched = checkOpenBlocks() {
            var container = lastMatched.container
            openNewBlocks(&container, allMatched: lastMatched.allMatched)
            addTextToContainer(container, lastMatchedContainer: lastMatched.container)
        }
        lastLineLength = length
    }

    /// Matches the line against the open blocks, innermost last (CommonMark §5, "continuation").
    /// Returns nil when the line was consumed (a closing code fence).
    mutating func checkOpenBlocks() -> (container: BlockNode, allMatched: Bool)? {
        var container = root
        while let last = container.lastChild, last.isOpen {
            container = last
            findFirstNonspace()
            var matched = true
            switch container.kind {
            case .blockQuote:
                matched = parseBlockQuotePrefix()
            case .item:
                matched = parseItemPrefix(container)
            case .codeBlock:
                switch parseCodeBlockPrefix(container) {
                case .matched: matched = true
                case .notMatched: matched = false
                case .closed: return nil
                }
            case .heading:
                matched = false
            case .htmlBlock:
                matched = container.htmlBlockType <= 5 || !isBlank
            case .paragraph:
                matched = !isBlank
            case .table:
                matched = !isBlank
            default:
                break
            }
            if !matched {
                return (container.parent ?? root, false)
            }
        }
        return (container, true)
    }

    mutating func parseBlockQuotePrefix() -> Bool {
        guard indent <= 3, peek(firstNonspace) == UInt8(ascii: ">") else { return false }
        advanceOffset(indent + 1, columns: true)
        if isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
        return true
    }

    mutating func parseItemPrefix(_ item: BlockNode) -> Bool {
        if indent >= item.list.markerOffset + item.list.padding {
            advanceOffset(item.list.markerOffset + item.list.padding, columns: true)
            return true
        }
        if isBlank, !item.children.isEmpty {
            advanceOffset(firstNonspace - offset, columns: false)
            return true
        }
        return false
    }

    enum CodePrefix { case matched, notMatched, closed }

    mutating func parseCodeBlockPrefix(_ code: BlockNode) -> CodePrefix {
        if !code.isFenced {
            if indent >= BlockParser.codeIndent {
                advanceOffset(BlockParser.codeIndent, columns: true)
                return .matched
            }
            if isBlank {
                advanceOffset(firstNonspace - offset, columns: false)
                return .matched
            }
            return .notMatched
        }
        if indent <= 3, peek(firstNonspace) == code.fenceCharacter {
            let fence = scanClosingCodeFence(at: firstNonspace)
            if fence >= code.fenceLength {
                // A closing fence ends the line's processing (§4.5).
                advanceOffset(fence, columns: false)
                current = finalize(code, closingLine: true)
                return .closed
            }
        }
        var remaining = code.fenceOffset
        while remaining > 0, isSpaceOrTab(peek(offset)) {
            advanceOffset(1, columns: true)
            remaining -= 1
        }
        return .matched
    }

    // MARK: - New blocks

    mutating func openNewBlocks(_ container: inout BlockNode, allMatched: Bool) {
        var maybeLazy = current.kind == .paragraph
        while container.kind != .codeBlock, container.kind != .htmlBlock, container.depth < BlockParser.maxNesting {
            findFirstNonspace()
            let indented = indent >= BlockParser.codeIndent
            let first = peek(firstNonspace)
            // Most lines start with a letter: no block can start there (the starts below
            // all begin with one of these bytes), so skip trying each.
            if !indented, !BlockParser.mayStartBlock(first) { break }

            if !indented, first == UInt8(ascii: ">") {
                let startColumn = firstNonspace + 1
                advanceOffset(firstNonspace + 1 - offset, columns: false)
                if isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
                container = addChild(container, .blockQuote, column: startColumn)
            } else if !indented, first == UInt8(ascii: "#"), let matched = scanATXHeadingStart(at: firstNonspace) {
                let startColumn = firstNonspace + 1
                var level = 0
                while peek(firstNonspace + level) == UInt8(ascii: "#") { level += 1 }
                advanceOffset(firstNonspace + matched - offset, columns: false)
                container = addChild(container, .heading, column: startColumn)
                container.headingLevel = level
                container.isSetext = false
            } else if !indented, first == UInt8(ascii: "`") || first == UInt8(ascii: "~"),
                let matched = scanOpeningCodeFence(at: firstNonspace)
            {
                container = addChild(container, .codeBlock, column: firstNonspace + 1)
                container.isFenced = true
                container.fenceCharacter = first
                container.fenceLength = matched
                container.fenceOffset = firstNonspace - offset
                advanceOffset(firstNonspace + matched - offset, columns: false)
            } else if !indented, first == UInt8(ascii: "<"),
                // Type 7 cannot interrupt a paragraph (§4.6), nor one the line may continue
                // lazily (§5.1): `> a` then `<b>` is one paragraph.
                let type = scanHTMLBlockStart(at: firstNonspace, canInterruptParagraph: container.kind != .paragraph && !maybeLazy)
            {
                container = addChild(container, .htmlBlock, column: firstNonspace + 1)
                container.htmlBlockType = type
                // The start of the tag is part of the block's text: the offset stays.
            } else if !indented, container.kind == .paragraph,
                let level = scanSetextHeadingUnderline(at: firstNonspace)
            {
                if resolveReferenceDefinitions(container) {
                    container.kind = .heading
                    container.headingLevel = level
                    container.isSetext = true
                    advanceOffset(lineLength - offset, columns: false)
                }
            } else if !indented, !(container.kind == .paragraph && !allMatched),
                thematicBreakKillPosition <= firstNonspace, scanThematicBreak(at: firstNonspace)
            {
                container = addChild(container, .thematicBreak, column: firstNonspace + 1)
                advanceOffset(lineLength - offset, columns: false)
            } else if !indented || container.kind == .list, indent < 4,
                let (matched, data) = parseListMarker(at: firstNonspace, interruptsParagraph: container.kind == .paragraph)
            {
                var data = data
                advanceOffset(firstNonspace + matched - offset, columns: false)
                let savedTab = partiallyConsumedTab, savedOffset = offset, savedColumn = column
                while column - savedColumn <= 5, isSpaceOrTab(peek(offset)) {
                    advanceOffset(1, columns: true)
                }
                let spaces = column - savedColumn
                let byte = peek(offset)
                if spaces >= 5 || spaces < 1 || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    data.padding = matched + 1
                    offset = savedOffset
                    column = savedColumn
                    partiallyConsumedTab = savedTab
                    if spaces > 0 { advanceOffset(1, columns: true) }
                } else {
                    data.padding = matched + spaces
                }
                data.markerOffset = indent
                if container.kind != .list || !container.list.matches(data) {
                    container = addChild(container, .list, column: firstNonspace + 1)
                    container.list = data
                }
                container = addChild(container, .item, column: firstNonspace + 1)
                container.list = data
            } else if indented, !maybeLazy, !isBlank {
                advanceOffset(BlockParser.codeIndent, columns: true)
                container = addChild(container, .codeBlock, column: offset + 1)
                container.isFenced = false
            } else if options.extensions.contains(.table), !indented, container.kind == .paragraph,
                !container.tableVisited, tryOpeningTable(container)
            {
                advanceOffset(lineLength - offset, columns: false)
            } else {
                break
            }
            if container.acceptsLines || container.kind == .table { break }
            maybeLazy = false
        }
    }

    /// Whether a block may start with `byte` after the indentation: `>`, `#`, a fence, `<`,
    /// a setext or thematic break, a list marker, or a table's delimiter row (`|`, `:`).
    @inline(__always)
    static func mayStartBlock(_ byte: UInt8) -> Bool {
        // Bit n of the mask: byte n (below 64) may start a block.
        let low: UInt64 = 1 << 0x3E | 1 << 0x23 | 1 << 0x3C | 1 << 0x3D | 1 << 0x2D | 1 << 0x2A | 1 << 0x2B
            | 1 << 0x3A | 0x03FF << 0x30
        // Bytes 64 to 127: `` ` ``, `~`, `_`, `|`.
        let high: UInt64 = 1 << (0x60 - 64) | 1 << (0x7E - 64) | 1 << (0x5F - 64) | 1 << (0x7C - 64)
        if byte < 64 { return (low >> UInt64(byte)) & 1 != 0 }
        if byte < 128 { return (high >> UInt64(byte - 64)) & 1 != 0 }
        return false
    }

    /// Adds a block of `kind` under `parent`, closing blocks that cannot hold it.
    mutating func addChild(_ parent: BlockNode, _ kind: BlockNode.Kind, column: Int) -> BlockNode {
        var parent = parent
        while !parent.canContain(kind) {
            parent = finalize(parent)
        }
        let child = BlockNode(kind, line: lineNumber, column: column)
        child.parent = parent
        child.depth = parent.depth + 1
        parent.children.append(child)
        return child
    }

    // MARK: - The rest of the line

    mutating func addTextToContainer(_ container: BlockNode, lastMatchedContainer: BlockNode) {
        var container = container
        findFirstNonspace()
        if isBlank, let last = container.lastChild { last.lastLineBlank = true }

        // Block quote lines are never blank (they start with `>`); blank lines in fenced code
        // and the blank first line of an empty item do not make a list loose.
        let kind = container.kind
        container.lastLineBlank = isBlank && kind != .blockQuote && kind != .heading && kind != .thematicBreak
            && !(kind == .codeBlock && container.isFenced)
            && !(kind == .item && container.children.isEmpty && container.startLine == lineNumber)
        var ancestor = container.parent
        while let node = ancestor {
            node.lastLineBlank = false
            ancestor = node.parent
        }

        if current !== lastMatchedContainer, container === lastMatchedContainer, !isBlank, current.kind == .paragraph {
            // A lazy continuation line (§5.1).
            addLine(to: current)
            return
        }
        while current !== lastMatchedContainer {
            current = finalize(current)
        }
        switch container.kind {
        case .codeBlock:
            addLine(to: container)
        case .htmlBlock:
            addLine(to: container)
            if matchesHTMLBlockEnd(type: container.htmlBlockType, from: firstNonspace) {
                container = finalize(container, closingLine: true)
            }
        case .table:
            if !isBlank {
                advanceOffset(firstNonspace - offset, columns: false)
                appendTableRow(to: container)
            }
        default:
            if isBlank {
                break
            } else if container.acceptsLines {
                if container.kind == .heading, !container.isSetext { chopTrailingHashes() }
                advanceOffset(firstNonspace - offset, columns: false)
                addLine(to: container)
            } else {
                container = addChild(container, .paragraph, column: firstNonspace + 1)
                advanceOffset(firstNonspace - offset, columns: false)
                addLine(to: container)
            }
        }
        current = container
    }

    /// Appends the rest of the line, from `offset`, to a leaf's text.
    mutating func addLine(to node: BlockNode) {
        var prefixSpaces = 0
        if partiallyConsumedTab {
            offset += 1
            prefixSpaces = BlockParser.tabStop - (column % BlockParser.tabStop)
        }
        let position = SourcePosition(line: lineNumber, column: min(offset, lineLength) + 1 - prefixSpaces)
        if !tracksPositions, prefixSpaces == 0, offset < lineLength, node.content.bytes.isEmpty,
            node.content.borrowed == nil, node.kind == .paragraph || node.kind == .heading
        {
            // The first line of a paragraph or heading: refer to the input, copy nothing.
            // Lines that follow it directly in the input extend the range (below).
            node.content.borrowed = (lineStart + offset)..<(lineStart + lineLength)
            node.content.lastLine = (offset: 0, position: position)
            return
        }
        if !tracksPositions, prefixSpaces == 0, offset < lineLength, let borrowed = node.content.borrowed,
            borrowed.upperBound < input.count, input[borrowed.upperBound] == UInt8(ascii: "\n"),
            lineStart + offset == borrowed.upperBound + 1
        {
            // The next line follows in the input right after the `\n` (no prefix removed, no
            // `\r`): the borrowed text grows over it, still copying nothing.
            node.content.borrowed = borrowed.lowerBound..<(lineStart + lineLength)
            node.content.lastLine = (offset: lineStart + offset - borrowed.lowerBound, position: position)
            return
        }
        materialize(node)
        let lineOffset = node.content.bytes.count
        node.content.lastLine = (offset: lineOffset, position: position)
        if tracksPositions { node.content.lineStarts.append((offset: lineOffset, position: position)) }
        if lineOffset == 0 {
            // Most leaves are one line: room for it and its newline in one allocation.
            node.content.bytes.reserveCapacity(prefixSpaces + max(0, lineLength - offset) + 1)
        }
        if prefixSpaces > 0 {
            node.content.bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: prefixSpaces))
        }
        if offset <= lineLength {
            if offset < lineLength {
                node.content.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[(lineStart + offset)..<(lineStart + lineLength)]))
            }
            node.content.bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Copies a leaf's borrowed line (`LeafText.borrowed`) into its own bytes.
    func materialize(_ node: BlockNode) {
        guard let borrowed = node.content.borrowed else { return }
        node.content.borrowed = nil
        node.content.bytes.reserveCapacity(borrowed.count + 1)
        node.content.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[borrowed]))
        node.content.bytes.append(UInt8(ascii: "\n"))
    }

    /// Removes a closing sequence of `#`s from an ATX heading's line (§4.2).
    mutating func chopTrailingHashes() {
        func trimmedLength(_ length: Int) -> Int {
            var length = length
            while length > 0, isWhitespace(input[lineStart + length - 1]) { length -= 1 }
            return length
        }
        lineLength = trimmedLength(lineLength)
        var end = lineLength - 1
        let original = end
        while end >= 0, input[lineStart + end] == UInt8(ascii: "#") { end -= 1 }
        if end != original, end >= 0, isSpaceOrTab(input[lineStart + end]) {
            lineLength = trimmedLength(end)
        }
    }

    // MARK: - Closing blocks

    /// Closes `block` and returns its parent (cmark's `finalize`).
    @discardableResult
    mutating func finalize(_ block: BlockNode, closingLine: Bool = false) -> BlockNode {
        let parent = block.parent ?? root
        block.isOpen = false
        if atEndOfInput {
            block.endLine = lineNumber
            block.endColumn = lastLineLength
        } else if block.kind == .document || closingLine || (block.kind == .codeBlock && block.isFenced)
            || (block.kind == .heading && block.isSetext)
        {
            block.endLine = lineNumber
            block.endColumn = lineLength
        } else {
            block.endLine = lineNumber - 1
            block.endColumn = lastLineLength
        }

        switch block.kind {
        case .paragraph:
            if !resolveReferenceDefinitions(block) {
                // Only reference definitions: the paragraph goes away.
                if let index = parent.children.lastIndex(where: { $0 === block }) {
                    parent.children.remove(at: index)
                }
            }
        case .codeBlock:
            finalizeCodeBlock(block)
        case .htmlBlock:
            var bytes = block.content.bytes
            if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
            block.literal = String(decoding: bytes, as: UTF8.self)
            block.content = LeafText()
        case .list:
            block.list.isTight = isTight(block)
        default:
            break
        }
        return parent
    }

    func finalizeCodeBlock(_ block: BlockNode) {
        var bytes = block.content.bytes
        if !block.isFenced {
            // Remove trailing blank lines, keep one final newline.
            var end = bytes.count
            var lineEnd = end
            var index = end - 1
            while index >= 0 {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    lineEnd = index
                } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                    break
                }
                index -= 1
            }
            end = index < 0 ? 0 : lineEnd
            bytes.removeSubrange(end...)
            bytes.append(UInt8(ascii: "\n"))
            if end == 0 { bytes = [UInt8(ascii: "\n")] }
            block.literal = String(decoding: bytes, as: UTF8.self)
        } else {
            // The first line is the info string (§4.5).
            let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let infoBytes = Array(bytes[0..<newline])
            block.info = InfoString.decode(infoBytes)
            let rest = newline < bytes.count ? bytes[(newline + 1)...] : []
            block.literal = String(decoding: rest, as: UTF8.self)
        }
        block.content = LeafText()
    }

    /// A list is loose if any of its items is separated from the next by a blank line, or
    /// any item directly holds two blocks with a blank line between them (§5.3).
    func isTight(_ list: BlockNode) -> Bool {
        for (itemIndex, item) in list.children.enumerated() {
            let hasNextItem = itemIndex + 1 < list.children.count
            if item.lastLineBlank, hasNextItem { return false }
            for (childIndex, child) in item.children.enumerated() {
                let hasNext = hasNextItem || childIndex + 1 < item.children.count
                if hasNext, endsWithBlankLine(child) { return false }
            }
        }
        return true
    }

    func endsWithBlankLine(_ node: BlockNode) -> Bool {
        var current: BlockNode? = node
        while let block = current {
            if block.lastLineChecked { return block.lastLineBlank }
            if block.lastLineBlank { return true }
            if block.kind == .list || block.kind == .item {
                block.lastLineChecked = true
                current = block.lastChild
            } else {
                current = nil
            }
        }
        return false
    }

    /// Removes link reference definitions from the start of a paragraph and records them;
    /// returns whether any text is left (cmark's `resolve_reference_link_definitions`).
    mutating func resolveReferenceDefinitions(_ block: BlockNode) -> Bool {
        if let borrowed = block.content.borrowed {
            // Definitions start with `[`; without one the text stays as it is.
            guard input[borrowed.lowerBound] == UInt8(ascii: "[") else { return true }
            materialize(block)
        }
        let bytes = block.content.bytes
        var position = 0
        while position < bytes.count, bytes[position] == UInt8(ascii: "["),
            let definition = LinkReferenceDefinitionParser.parse(bytes, from: position)
        {
            references.add(label: definition.label, reference: definition.reference)
            position = definition.end
        }
        guard position > 0 else {
            // A paragraph starts with a non-blank line, so without definitions it has text.
            return true
        }
        block.content = block.content.dropping(prefix: position)
        return block.content.bytes.contains { !isWhitespace($0) }
    }
}

@inline(__always)
func isSpaceOrTab(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
}

/// Space, tab, line feed, line tabulation, form feed or carriage return (cmark's `cmark_isspace`).
@inline(__always)
func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
}
