/// Scans the parts of links that inline links and link reference definitions share: link
/// destinations, link titles and link labels (CommonMark §6.3, §4.7).
enum LinkScanner {
    /// cmark's limit on nested parentheses in a bare destination; it keeps the scan linear.
    static let maximumParenthesisDepth = 32
    /// A link label holds at most 999 characters between its brackets (§4.7).
    static let maximumLabelLength = 999

    /// Skips spaces and tabs.
    static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, CharacterClass.isSpaceOrTab(bytes[index]) { index += 1 }
        return index
    }

    /// Skips any whitespace, line endings included (cmark's `scan_spacechars`).
    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, CharacterClass.isASCIIWhitespace(bytes[index]) { index += 1 }
        return index
    }

    /// Skips spaces and tabs, at most one line ending, then spaces and tabs again.
    static func skipSpacesAndOneLineEnding(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = skipSpaces(bytes, from: start)
        if index < bytes.count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        return skipSpaces(bytes, from: index)
    }

    /// Scans a link destination at `start`: `<…>` or a nonempty run without spaces or
    /// controls whose parentheses balance. Returns the offset past it and the range of the
    /// destination's content (without the pointy brackets), or nil.
    static func scanDestination(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, content: Range<Int>)? {
        var index = start
        if index < bytes.count, bytes[index] == UInt8(ascii: "<") {
            index += 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ">"):
                    return (index + 1, (start + 1)..<index)
                case UInt8(ascii: "\\"):
                    index += index + 1 < bytes.count && CharacterClass.isASCIIPunctuation(bytes[index + 1]) ? 2 : 1
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "<"):
                    return nil
                default:
                    index += 1
                }
            }
            return nil
        }
        var depth = 0
        scan: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\") where index + 1 < bytes.count && CharacterClass.isASCIIPunctuation(bytes[index + 1]):
                index += 2
            case UInt8(ascii: "("):
                depth += 1
                guard depth <= maximumParenthesisDepth else { return nil }
                index += 1
            case UInt8(ascii: ")"):
                if depth == 0 { break scan }
                depth -= 1
                index += 1
            default:
                if byte <= 0x20 || byte == 0x7F { break scan }
                index += 1
            }
        }
        guard depth == 0 else { return nil }
        return (index, start..<index)
    }

    /// Scans a link title at `start` (`"…"`, `'…'` or `(…)`); returns the offset past it.
    static func scanTitle(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        let close: UInt8
        switch bytes[start] {
        case UInt8(ascii: "\""): close = UInt8(ascii: "\"")
        case UInt8(ascii: "'"): close = UInt8(ascii: "'")
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == close { return index + 1 }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, CharacterClass.isASCIIPunctuation(bytes[index + 1]) {
                index += 2
                continue
            }
            if close == UInt8(ascii: ")"), byte == UInt8(ascii: "(") { return nil }
            index += 1
        }
        return nil
    }

    /// Scans a link label at `start` (which must be `[`): at most 999 bytes with no unescaped
    /// brackets. Returns the offset past `]` and the content range; whether the label has a
    /// non-blank character is left to the reference lookup.
    static func scanLabel(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, content: Range<Int>)? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "[") else { return nil }
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "]"):
                return (index + 1, (start + 1)..<index)
            case UInt8(ascii: "["):
                return nil
            case UInt8(ascii: "\\"):
                index += index + 1 < bytes.count && CharacterClass.isASCIIPunctuation(bytes[index + 1]) ? 2 : 1
            default:
                index += 1
            }
            if index - start - 1 > maximumLabelLength { return nil }
        }
        return nil
    }

    /// The text of `range` with backslash escapes and entity references resolved, as link
    /// destinations and titles are (§6.3).
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        // Most destinations and titles have nothing to resolve: decode them in place.
        let first = nextEscapeOrEntity(bytes, from: range.lowerBound, to: range.upperBound)
        if first == range.upperBound {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<first]))
        appendUnescaped(bytes, first..<range.upperBound, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The offset of the first backslash or `&` in `start..<end`, or `end`.
    @inline(__always)
    private static func nextEscapeOrEntity(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, bytes[index] != UInt8(ascii: "\\"), bytes[index] != UInt8(ascii: "&") { index += 1 }
        return index
    }

    /// Appends `range` with entity references and, if `backslashes`, backslash escapes resolved.
    /// `bytes` with backslash escapes and character references resolved (for the block
    /// parser's info strings, which decode as destinations do).
    static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { unescape($0, 0..<$0.count) }
    }

    static func appendUnescaped(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8], backslashes: Bool = true
    ) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if backslashes, byte == UInt8(ascii: "\\"), index + 1 < end, CharacterClass.isASCIIPunctuation(bytes[index + 1]) {
                out.append(bytes[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"), let (value, length) = EntityDecoder.decode(
                UnsafeBufferPointer(rebasing: bytes[..<end]), at: index)
            {
                out.append(contentsOf: value)
                index += length
            } else {
                // Copy the run up to the next candidate at once rather than byte by byte.
                let runEnd = nextEscapeOrEntity(bytes, from: index + 1, to: end)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                index = runEnd
            }
        }
    }
}
