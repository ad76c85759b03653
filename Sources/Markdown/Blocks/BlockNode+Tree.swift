/// Turns the finished block tree into `Node` values, parsing the inlines of each leaf now
/// that every link reference definition is known.
struct TreeConverter {
    let references: ReferenceMap
    let options: MarkdownOptions

    func node(for block: BlockNode) -> Node {
        let range = SourceRange(
            start: SourcePosition(line: block.startLine, column: block.startColumn),
            end: SourcePosition(line: block.endLine, column: block.endColumn))
        switch block.kind {
        case .document:
            return Node(.document, range: range, children: block.children.map(node(for:)))
        case .blockQuote:
            return Node(.blockQuote, range: range, children: block.children.map(node(for:)))
        case .list:
            let marker: ListAttributes.Marker = block.list.isOrdered
                ? .ordered(start: block.list.start, delimiter: block.list.delimiter)
                : .bullet(block.list.bulletCharacter)
            return Node(.list(ListAttributes(marker: marker, isTight: block.list.isTight)), range: range,
                children: block.children.map(node(for:)))
        case .item:
            return Node(.item, range: range, children: block.children.map(node(for:)))
        case .codeBlock:
            return Node(.codeBlock(info: block.info, literal: block.literal), range: range)
        case .htmlBlock:
            return Node(.htmlBlock(block.literal), range: range)
        case .paragraph:
            return Node(.paragraph, range: range, children: inlines(block.takeContent()))
        case .heading:
            return Node(.heading(level: block.headingLevel), range: range, children: inlines(block.takeContent()))
        case .thematicBreak:
            return Node(.thematicBreak, range: range)
        case .table:
            var rows: [Node] = []
            for (index, row) in block.rows.enumerated() {
                let isHeader = index == 0
                let cells = zip(row.cells, block.alignments).map { cell, alignment in
                    Node(.tableCell(alignment: alignment, isHeader: isHeader), range: cell.range(0, cell.bytes.count),
                        children: inlines(cell))
                }
                let rowRange = SourceRange(
                    start: SourcePosition(line: row.line, column: row.startColumn),
                    end: SourcePosition(line: row.line, column: row.endColumn))
                rows.append(Node(isHeader ? .tableHead : .tableRow, range: rowRange, children: cells))
            }
            return Node(.table(alignments: block.alignments), range: range, children: rows)
        }
    }

    private func inlines(_ text: LeafText) -> [Node] {
        var text = text
        text.trimTrailingWhitespace()
        guard !text.bytes.isEmpty else { return [] }
        return InlineParser(references: references, options: options).parse(text)
    }
}
