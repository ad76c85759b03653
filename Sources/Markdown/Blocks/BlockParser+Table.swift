/// GFM tables: a paragraph whose last line is a header row becomes a table when the next
/// line is a delimiter row with as many cells (GFM spec §4.10, after cmark-gfm's `table.c`).
extension BlockParser {
    /// Tries the current line as the delimiter row under `paragraph`; on success the
    /// paragraph becomes the table (its earlier lines, if any, stay a paragraph before it).
    mutating func tryOpeningTable(_ paragraph: BlockNode) -> Bool {
        let line = UnsafeBufferPointer(rebasing: input[(lineStart + firstNonspace)..<(lineStart + max(firstNonspace, lineLength))])
        guard let alignments = TableRowSplitter.delimiterRow(line) else { return false }
        materialize(paragraph)
        guard let lastLine = paragraph.content.lastLine else { return false }
        var headerBytes = Array(paragraph.content.bytes[lastLine.offset...])
        if headerBytes.last == UInt8(ascii: "\n") { headerBytes.removeLast() }
        let headerCells = headerBytes.withUnsafeBufferPointer { TableRowSplitter.cells($0) }
        guard headerCells.count == alignments.count else {
            paragraph.tableVisited = true
            return false
        }

        if lastLine.offset > 0 {
            // The lines before the header row remain a paragraph of their own.
            let before = BlockNode(.paragraph, line: paragraph.startLine, column: paragraph.startColumn)
            before.content = paragraph.content.prefix(lastLine.offset)
            before.parent = paragraph.parent
            before.isOpen = false
            before.endLine = lastLine.position.line - 1
            before.endColumn = 0
            if let parent = paragraph.parent, let index = parent.children.lastIndex(where: { $0 === paragraph }) {
                parent.children.insert(before, at: index)
                if !resolveReferenceDefinitions(before) {
                    parent.children.remove(at: index)
                }
            }
            paragraph.startLine = lastLine.position.line
            paragraph.startColumn = lastLine.position.column
        }

        paragraph.kind = .table
        paragraph.alignments = alignments
        paragraph.rows = [
            row(from: headerBytes, cells: headerCells, line: lastLine.position.line, column: lastLine.position.column)
        ]
        paragraph.content = LeafText()
        return true
    }

    /// Adds the current line, from `offset`, as a body row of `table`.
    mutating func appendTableRow(to table: BlockNode) {
        let bytes = Array(input[(lineStart + offset)..<(lineStart + max(offset, lineLength))])
        var cells = bytes.withUnsafeBufferPointer { TableRowSplitter.cells($0) }
        if cells.count > table.alignments.count {
            cells.removeLast(cells.count - table.alignments.count)
        }
        var tableRow = row(from: bytes, cells: cells, line: lineNumber, column: offset + 1)
        while tableRow.cells.count < table.alignments.count {
            tableRow.cells.append(LeafText())
        }
        table.rows.append(tableRow)
    }

    private func row(from bytes: [UInt8], cells: [Range<Int>], line: Int, column: Int) -> TableRowData {
        let leaves = cells.map { cell -> LeafText in
            TableRowSplitter.unescapedCell(
                bytes[cell], position: tracksPositions ? SourcePosition(line: line, column: column + cell.lowerBound) : nil)
        }
        return TableRowData(cells: leaves, line: line, startColumn: column, endColumn: column + max(0, bytes.count - 1))
    }
}

/// Splits table rows into cells.
enum TableRowSplitter {
    /// The trimmed byte ranges of the cells of a row: cells are separated by `|` not preceded
    /// by a backslash; a leading and a trailing `|` are optional.
    static func cells(_ line: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var end = line.count
        while end > 0, isWhitespace(line[end - 1]) { end -= 1 }
        var index = 0
        while index < end, isWhitespace(line[index]) { index += 1 }
        if index < end, line[index] == UInt8(ascii: "|") { index += 1 }
        var cells: [Range<Int>] = []
        var cellStart = index
        while index < end {
            let byte = line[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, line[index + 1] == UInt8(ascii: "|") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(trim(line, cellStart..<index))
                cellStart = index + 1
            }
            index += 1
        }
        if cellStart < end {
            cells.append(trim(line, cellStart..<end))
        }
        return cells
    }

    /// The alignments of a delimiter row (`| :--- | ---: |`), or nil if it is not one.
    static func delimiterRow(_ line: UnsafeBufferPointer<UInt8>) -> [TableAlignment]? {
        // Only `|`, `-`, `:` and whitespace can make one. Every line after a paragraph's
        // first is tried; most are text and fail here on their first byte, before the
        // splitting below allocates anything.
        for byte in line where byte != UInt8(ascii: "|") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: ":") && !isWhitespace(byte) {
            return nil
        }
        let ranges = cells(line)
        guard !ranges.isEmpty else { return nil }
        var alignments: [TableAlignment] = []
        for range in ranges {
            var start = range.lowerBound, end = range.upperBound
            guard start < end else { return nil }
            let left = line[start] == UInt8(ascii: ":")
            if left { start += 1 }
            let right = end > start && line[end - 1] == UInt8(ascii: ":")
            if right { end -= 1 }
            guard start < end else { return nil }
            for index in start..<end where line[index] != UInt8(ascii: "-") { return nil }
            switch (left, right) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments
    }

    /// A cell's text with `\|` turned into `|`, as cmark-gfm does before inline parsing.
    /// A cell's text with each `\\|` made `|`; `position` is where it starts in the source,
    /// nil when positions are not tracked (no line map is allocated then).
    static func unescapedCell(_ bytes: ArraySlice<UInt8>, position: SourcePosition?) -> LeafText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        // Copied in runs between the escaped pipes (most cells have none).
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while let backslash = bytes[index...].firstIndex(of: UInt8(ascii: "\\")) {
            index = backslash + 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "|") {
                out.append(contentsOf: bytes[runStart..<backslash])
                runStart = index
            }
        }
        out.append(contentsOf: bytes[runStart...])
        guard let position else { return LeafText(bytes: out) }
        return LeafText(bytes: out, lineStarts: [(offset: 0, position: position)])
    }

    private static func trim(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, isWhitespace(line[start]) { start += 1 }
        while end > start, isWhitespace(line[end - 1]) { end -= 1 }
        return start..<end
    }
}
