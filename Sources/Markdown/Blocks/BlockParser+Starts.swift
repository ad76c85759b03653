/// Recognisers for the lines that start or end a block (cmark's `scanners.re`), run on the
/// current line from a given offset.
extension BlockParser {
    /// `#{1,6}` followed by a space, tab or the end of the line (§4.2); returns the length
    /// of the opening sequence and the spaces after it.
    func scanATXHeadingStart(at start: Int) -> Int? {
        var index = start
        while peek(index) == UInt8(ascii: "#") { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6 else { return nil }
        let next = peek(index)
        if next == UInt8(ascii: "\n") { return level + 1 }
        guard isSpaceOrTab(next) else { return nil }
        while isSpaceOrTab(peek(index)) { index += 1 }
        return index - start
    }

    /// Three or more backticks or tildes; a backtick fence's info string holds no backtick
    /// (§4.5). Returns the fence's length.
    func scanOpeningCodeFence(at start: Int) -> Int? {
        let fence = peek(start)
        var index = start
        while peek(index) == fence { index += 1 }
        let length = index - start
        guard length >= 3 else { return nil }
        if fence == UInt8(ascii: "`") {
            while index < lineLength {
                if peek(index) == UInt8(ascii: "`") { return nil }
                index += 1
            }
        }
        return length
    }

    /// A closing fence: the fence character repeated, then only spaces and tabs.
    func scanClosingCodeFence(at start: Int) -> Int {
        let fence = peek(start)
        var index = start
        while peek(index) == fence { index += 1 }
        let length = index - start
        guard length >= 3 else { return 0 }
        var end = index
        while isSpaceOrTab(peek(end)) { end += 1 }
        return end >= lineLength ? length : 0
    }

    /// `=` or `-` underline of a setext heading (§4.3); returns the heading level.
    func scanSetextHeadingUnderline(at start: Int) -> Int? {
        let marker = peek(start)
        guard marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return nil }
        var index = start
        while peek(index) == marker { index += 1 }
        while isSpaceOrTab(peek(index)) { index += 1 }
        guard index >= lineLength else { return nil }
        return marker == UInt8(ascii: "=") ? 1 : 2
    }

    /// Three or more `*`, `-` or `_` with only spaces and tabs between (§4.1). Remembers
    /// where a failed scan stopped so that a line is not rescanned (cmark's kill position).
    mutating func scanThematicBreak(at start: Int) -> Bool {
        let marker = peek(start)
        guard marker == UInt8(ascii: "*") || marker == UInt8(ascii: "-") || marker == UInt8(ascii: "_") else {
            thematicBreakKillPosition = start
            return false
        }
        var count = 1
        var index = start + 1
        while index < lineLength {
            let byte = peek(index)
            if byte == marker {
                count += 1
            } else if !isSpaceOrTab(byte) {
                break
            }
            index += 1
        }
        if count >= 3, index >= lineLength { return true }
        thematicBreakKillPosition = index
        return false
    }

    /// A bullet (`-`, `+`, `*`) or ordered (`1.`, `1)`) list marker (§5.2); returns its length
    /// and data. A marker that interrupts a paragraph needs content and, if ordered, start 1.
    func parseListMarker(at start: Int, interruptsParagraph: Bool) -> (Int, ListData)? {
        var index = start
        let first = peek(index)
        var data = ListData()
        if first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            index += 1
            guard isWhitespace(peek(index)) else { return nil }
            if interruptsParagraph, restIsBlank(from: index) { return nil }
            data.bulletCharacter = first
        } else if isDigit(first) {
            var number = 0
            var digits = 0
            repeat {
                number = number * 10 + Int(peek(index) - UInt8(ascii: "0"))
                index += 1
                digits += 1
            } while digits < 9 && isDigit(peek(index))
            if interruptsParagraph, number != 1 { return nil }
            let delimiter = peek(index)
            guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
            index += 1
            guard isWhitespace(peek(index)) else { return nil }
            if interruptsParagraph, restIsBlank(from: index) { return nil }
            data.isOrdered = true
            data.start = number
            data.delimiter = delimiter
        } else {
            return nil
        }
        return (index - start, data)
    }

    private func restIsBlank(from start: Int) -> Bool {
        var index = start
        while isSpaceOrTab(peek(index)) { index += 1 }
        return index >= lineLength
    }
}

@inline(__always)
func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}

@inline(__always)
func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
}
