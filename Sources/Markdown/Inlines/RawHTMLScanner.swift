/// Recognizes raw HTML at a `<` (CommonMark §6.6): open and closing tags, comments,
/// processing instructions, declarations and CDATA sections.
///
/// Like cmark, it remembers when a construct's terminator does not occur in the rest of
/// the text (no `-->`, no `?>`, …) so that many unclosed openers do not rescan to the end,
/// and it caches the next quote mark for attribute values for the same reason.
struct RawHTMLScanner {
    private var noCommentEnd = false
    private var noProcessingInstructionEnd = false
    private var noDeclarationEnd = false
    private var noCDATAEnd = false
    /// For `"` and `'`: a search from `from` found the next one at `found` (bytes.count: none).
    /// Stored fields rather than an array, so that a scanner (one per leaf) allocates nothing.
    private var doubleQuoteCache = (from: Int.max, found: 0)
    private var singleQuoteCache = (from: Int.max, found: 0)

    /// The offset just past the raw HTML starting at `start` (a `<`), or nil.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let next = start + 1
        guard next < bytes.count else { return nil }
        switch bytes[next] {
        case UInt8(ascii: "!"):
            return scanBang(bytes, at: start)
        case UInt8(ascii: "?"):
            guard !noProcessingInstructionEnd else { return nil }
            if let end = find(bytes, "?>", from: start + 2) { return end }
            noProcessingInstructionEnd = true
            return nil
        case UInt8(ascii: "/"):
            return scanClosingTag(bytes, at: start)
        default:
            return scanOpenTag(bytes, at: start)
        }
    }

    private mutating func scanBang(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        if hasPrefix(bytes, "<!--", at: start) {
            // `<!-->` and `<!--->` are comments too (0.31).
            if hasPrefix(bytes, ">", at: start + 4) { return start + 5 }
            if hasPrefix(bytes, "->", at: start + 4) { return start + 6 }
            guard !noCommentEnd else { return nil }
            if let end = find(bytes, "-->", from: start + 4) { return end }
            noCommentEnd = true
            return nil
        }
        if hasPrefix(bytes, "<![CDATA[", at: start) {
            guard !noCDATAEnd else { return nil }
            if let end = find(bytes, "]]>", from: start + 9) { return end }
            noCDATAEnd = true
            return nil
        }
        guard start + 2 < bytes.count, CharacterClass.isLetter(bytes[start + 2]), !noDeclarationEnd else { return nil }
        if let end = find(bytes, ">", from: start + 3) { return end }
        noDeclarationEnd = true
        return nil
    }

    private func scanClosingTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard let nameEnd = scanTagName(bytes, from: start + 2) else { return nil }
        let index = skipWhitespace(bytes, from: nameEnd)
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
        return index + 1
    }

    private mutating func scanOpenTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard var index = scanTagName(bytes, from: start + 1) else { return nil }
        while true {
            let afterSpace = skipWhitespace(bytes, from: index)
            guard afterSpace < bytes.count else { return nil }
            switch bytes[afterSpace] {
            case UInt8(ascii: ">"):
                return afterSpace + 1
            case UInt8(ascii: "/"):
                guard afterSpace + 1 < bytes.count, bytes[afterSpace + 1] == UInt8(ascii: ">") else { return nil }
                return afterSpace + 2
            default:
                break
            }
            // An attribute must be preceded by whitespace.
            guard afterSpace > index, let attributeEnd = scanAttribute(bytes, from: afterSpace) else { return nil }
            index = attributeEnd
        }
    }

    /// An attribute name with an optional value specification.
    private mutating func scanAttribute(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let first = bytes[start]
        guard CharacterClass.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") else { return nil }
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            guard CharacterClass.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
            else { break }
            index += 1
        }
        let nameEnd = index
        let equals = skipWhitespace(bytes, from: nameEnd)
        guard equals < bytes.count, bytes[equals] == UInt8(ascii: "=") else { return nameEnd }
        let valueStart = skipWhitespace(bytes, from: equals + 1)
        guard valueStart < bytes.count else { return nil }
        switch bytes[valueStart] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let close = nextQuote(bytes, bytes[valueStart], from: valueStart + 1)
            return close < bytes.count ? close + 1 : nil
        default:
            var end = valueStart
            while end < bytes.count {
                switch bytes[end] {
                case UInt8(ascii: " "), 0x09...0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "="),
                    UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"):
                    return end > valueStart ? end : nil
                default:
                    end += 1
                }
            }
            return end > valueStart ? end : nil
        }
    }

    /// An ASCII letter followed by letters, digits and `-`; returns the offset past it.
    private func scanTagName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, CharacterClass.isLetter(bytes[start]) else { return nil }
        var index = start + 1
        while index < bytes.count, CharacterClass.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        return index
    }

    private func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        LinkScanner.skipWhitespace(bytes, from: start)
    }

    /// The next `quote` at or after `start` (bytes.count if none), remembering the answer so
    /// that later searches from inside the same stretch are O(1).
    private mutating func nextQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ quote: UInt8, from start: Int) -> Int {
        let isDouble = quote == UInt8(ascii: "\"")
        let cached = isDouble ? doubleQuoteCache : singleQuoteCache
        if cached.from <= start, start <= cached.found { return cached.found }
        var index = start
        while index < bytes.count, bytes[index] != quote { index += 1 }
        if isDouble { doubleQuoteCache = (start, index) } else { singleQuoteCache = (start, index) }
        return index
    }

    private func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString, at start: Int) -> Bool {
        prefix.withUTF8Buffer { prefix in
            guard start + prefix.count <= bytes.count else { return false }
            for offset in 0..<prefix.count where bytes[start + offset] != prefix[offset] { return false }
            return true
        }
    }

    /// The offset just past the first occurrence of `needle` at or after `start`.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from start: Int) -> Int? {
        needle.withUTF8Buffer { needle in
            guard let first = needle.first else { return nil }
            var index = start
            while index + needle.count <= bytes.count {
                if bytes[index] == first {
                    var matches = true
                    for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                        matches = false
                        break
                    }
                    if matches { return index + needle.count }
                }
                index += 1
            }
            return nil
        }
    }
}
