/// HTML blocks (CommonMark §4.6): the seven start conditions and their end conditions.
extension BlockParser {
    private static let rawTextNames: [[UInt8]] = ["pre", "script", "style", "textarea"].map { Array($0.utf8) }

    private static let blockNames: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    /// The start condition (1–7) that the line matches at `start` (a `<`), or nil. Condition 7
    /// cannot interrupt a paragraph.
    func scanHTMLBlockStart(at start: Int, canInterruptParagraph: Bool) -> Int? {
        let next = peek(start + 1)
        if next == UInt8(ascii: "!") {
            if peek(start + 2) == UInt8(ascii: "-"), peek(start + 3) == UInt8(ascii: "-") { return 2 }
            if isASCIILetter(peek(start + 2)) { return 4 }
            if matchesCaseSensitive("[CDATA[", at: start + 2) { return 5 }
            return nil
        }
        if next == UInt8(ascii: "?") { return 3 }

        let isClosing = next == UInt8(ascii: "/")
        let nameStart = start + (isClosing ? 2 : 1)
        var nameEnd = nameStart
        while isASCIILetter(peek(nameEnd)) || isDigit(peek(nameEnd)) || (nameEnd > nameStart && peek(nameEnd) == UInt8(ascii: "-")) {
            nameEnd += 1
        }
        guard nameEnd > nameStart, isASCIILetter(peek(nameStart)) else { return nil }
        var name = [UInt8]()
        name.reserveCapacity(nameEnd - nameStart)
        for index in nameStart..<nameEnd { name.append(peek(index) | 0x20) }
        let after = peek(nameEnd)

        if !isClosing, BlockParser.rawTextNames.contains(name),
            isWhitespace(after) || after == UInt8(ascii: ">")
        {
            return 1
        }
        if BlockParser.blockNames.contains(name) {
            if isWhitespace(after) || after == UInt8(ascii: ">")
                || (after == UInt8(ascii: "/") && peek(nameEnd + 1) == UInt8(ascii: ">"))
            {
                return 6
            }
        }
        guard canInterruptParagraph else { return nil }
        // Condition 7: a complete open or closing tag, then only whitespace.
        let line = UnsafeBufferPointer(rebasing: input[lineStart..<(lineStart + lineLength)])
        let end = isClosing
            ? HTMLTagScanner.closingTagEnd(in: line, from: start)
            : HTMLTagScanner.openTagEnd(in: line, from: start)
        guard let end, !(BlockParser.rawTextNames.contains(name) && !isClosing) else { return nil }
        var index = end
        while index < lineLength, isWhitespace(peek(index)) { index += 1 }
        return index >= lineLength ? 7 : nil
    }

    /// Whether the line, from `start`, satisfies the end condition of an HTML block of `type`.
    func matchesHTMLBlockEnd(type: Int, from start: Int) -> Bool {
        let line = UnsafeBufferPointer(rebasing: input[lineStart..<(lineStart + lineLength)])
        switch type {
        case 1:
            for name in BlockParser.rawTextNames {
                if containsClosingTag(name, in: line, from: start) { return true }
            }
            return false
        case 2: return contains(Array("-->".utf8), in: line, from: start)
        case 3: return contains(Array("?>".utf8), in: line, from: start)
        case 4: return contains([UInt8(ascii: ">")], in: line, from: start)
        case 5: return contains(Array("]]>".utf8), in: line, from: start)
        default: return false
        }
    }

    private func matchesCaseSensitive(_ text: String, at start: Int) -> Bool {
        var index = start
        for byte in text.utf8 {
            if peek(index) != byte { return false }
            index += 1
        }
        return true
    }

    private func contains(_ needle: [UInt8], in line: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard needle.count <= line.count else { return false }
        var index = max(0, start)
        while index + needle.count <= line.count {
            var matched = true
            for offset in 0..<needle.count where line[index + offset] != needle[offset] {
                matched = false
                break
            }
            if matched { return true }
            index += 1
        }
        return false
    }

    /// `</name>`, case-insensitive.
    private func containsClosingTag(_ name: [UInt8], in line: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let length = name.count + 3
        var index = max(0, start)
        while index + length <= line.count {
            if line[index] == UInt8(ascii: "<"), line[index + 1] == UInt8(ascii: "/"),
                line[index + length - 1] == UInt8(ascii: ">")
            {
                var matched = true
                for offset in 0..<name.count where line[index + 2 + offset] | 0x20 != name[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}
