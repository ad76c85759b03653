/// Writes the block parser's finished tree as HTML, parsing each leaf's inlines on the way,
/// as md4c renders while it parses: no `Node` tree is built, so none is freed either. The
/// output is byte for byte what `HTMLRenderer` makes of `TreeConverter`'s nodes (without
/// heading ids); `BlockHTMLWriterTests` hold the two to that.
struct BlockHTMLWriter {
    let inlines: InlineParser
    let options: MarkdownOptions
    /// The parser's input, which borrowed leaf lines (`LeafText.borrowed`) point into.
    let input: UnsafeBufferPointer<UInt8>
    /// The inline parser's arrays, reused from leaf to leaf.
    var storage = InlineStorage()

    init(references: ReferenceMap, options: MarkdownOptions, input: UnsafeBufferPointer<UInt8>) {
        inlines = InlineParser(references: references, options: options)
        self.options = options
        self.input = input
    }

    mutating func write(_ block: BlockNode, into out: inout HTMLOutput, tight: Bool) {
        switch block.kind {
        case .document:
            writeChildren(block, into: &out, tight: false)
        case .blockQuote:
            out.newlineIfNeeded()
            out.markup("<blockquote>\n")
            writeChildren(block, into: &out, tight: false)
            out.newlineIfNeeded()
            out.markup("</blockquote>\n")
        case .list:
            out.newlineIfNeeded()
            let list = block.list
            if !list.isOrdered {
                out.markup("<ul>\n")
            } else if list.start == 1 {
                out.markup("<ol>\n")
            } else {
                out.markup("<ol start=\"")
                if list.start < 0 {
                    out.markup("-")
                    out.appendDecimal(-list.start)
                } else {
                    out.appendDecimal(list.start)
                }
                out.markup("\">\n")
            }
            writeChildren(block, into: &out, tight: list.isTight)
            out.newlineIfNeeded()
            if list.isOrdered { out.markup("</ol>\n") } else { out.markup("</ul>\n") }
        case .item:
            out.newlineIfNeeded()
            out.markup("<li>")
            writeChildren(block, into: &out, tight: tight)
            out.markup("</li>\n")
        case .codeBlock:
            out.newlineIfNeeded()
            writeCodeBlock(block, into: &out)
        case .htmlBlock:
            out.newlineIfNeeded()
            if options.unsafe {
                var literal = block.literal
                literal.withUTF8 { html in
                    if options.extensions.contains(.tagfilter) {
                        TagFilter.append(html, to: &out)
                    } else {
                        out.appendRaw(html)
                    }
                }
                // The literal lost its last newline only: blank lines before it are lines
                // of the block, written as cmark writes them.
                out.markup("\n")
            } else {
                out.markup("<!-- raw HTML omitted -->")
                out.newlineIfNeeded()
            }
        case .paragraph:
            if tight {
                writeInlines(block.content, into: &out)
            } else {
                out.newlineIfNeeded()
                out.markup("<p>")
                writeInlines(block.content, into: &out)
                out.markup("</p>\n")
            }
        case .heading:
            out.newlineIfNeeded()
            out.markup("<h")
            out.appendDecimal(block.headingLevel)
            out.markup(">")
            writeInlines(block.content, into: &out)
            out.markup("</h")
            out.appendDecimal(block.headingLevel)
            out.markup(">\n")
        case .thematicBreak:
            out.newlineIfNeeded()
            out.markup("<hr />\n")
        case .table:
            writeTable(block, into: &out)
        }
    }

    private mutating func writeChildren(_ block: BlockNode, into out: inout HTMLOutput, tight: Bool) {
        for child in block.children { write(child, into: &out, tight: tight) }
    }

    /// The inlines of a leaf's text, trailing whitespace removed first (cmark's `rtrim`).
    private mutating func writeInlines(_ text: LeafText, into out: inout HTMLOutput) {
        if let borrowed = text.borrowed {
            // The line's `\n` would be trimmed anyway.
            writeTrimmedInlines(UnsafeBufferPointer(rebasing: input[borrowed]), into: &out)
        } else {
            text.bytes.withUnsafeBufferPointer { writeTrimmedInlines($0, into: &out) }
        }
    }

    private mutating func writeTrimmedInlines(_ buffer: UnsafeBufferPointer<UInt8>, into out: inout HTMLOutput) {
        var end = buffer.count
        while end > 0, isWhitespace(buffer[end - 1]) { end -= 1 }
        inlines.writeHTML(UnsafeBufferPointer(rebasing: buffer[..<end]), storage: &storage, into: &out)
    }

    private func writeCodeBlock(_ block: BlockNode, into out: inout HTMLOutput) {
        var info = block.info
        info.withUTF8 { info in
            // The language is the info string's first word.
            // The language is the first word: it ends at any whitespace character (§2.1),
            // form feed and line tabulation included, as cmark ends it.
            func isSeparator(_ byte: UInt8) -> Bool { isWhitespace(byte) }
            var start = 0
            while start < info.count, isSeparator(info[start]) { start += 1 }
            var end = start
            while end < info.count, !isSeparator(info[end]) { end += 1 }
            if end > start {
                out.markup("<pre><code class=\"language-")
                out.appendEscaped(UnsafeBufferPointer(rebasing: info[start..<end]))
                out.markup("\">")
            } else {
                out.markup("<pre><code>")
            }
        }
        out.appendEscaped(block.literal)
        out.markup("</code></pre>\n")
    }

    /// A GFM table: the header row, then the body rows; cells beyond the delimiter row's
    /// alignments are dropped.
    private mutating func writeTable(_ block: BlockNode, into out: inout HTMLOutput) {
        out.newlineIfNeeded()
        out.markup("<table>\n")
        for (index, row) in block.rows.enumerated() {
            let isHeader = index == 0
            if isHeader {
                out.markup("<thead>\n<tr>\n")
            } else {
                if index == 1 { out.markup("<tbody>\n") }
                out.markup("<tr>\n")
            }
            for (cell, alignment) in zip(row.cells, block.alignments) {
                if isHeader { out.markup("<th") } else { out.markup("<td") }
                switch alignment {
                case .none: break
                case .left: out.markup(" align=\"left\"")
                case .center: out.markup(" align=\"center\"")
                case .right: out.markup(" align=\"right\"")
                }
                out.markup(">")
                writeInlines(cell, into: &out)
                if isHeader { out.markup("</th>\n") } else { out.markup("</td>\n") }
            }
            if isHeader { out.markup("</tr>\n</thead>\n") } else { out.markup("</tr>\n") }
        }
        if block.rows.count > 1 { out.markup("</tbody>\n") }
        out.markup("</table>\n")
    }
}
