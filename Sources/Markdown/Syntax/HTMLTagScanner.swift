/// Scans HTML open and closing tags (CommonMark §6.6), shared by HTML blocks (start
/// condition 7) and raw inline HTML.
enum HTMLTagScanner {
    /// The offset just past an open tag that starts with `<` at `start`, or nil.
    static func openTagEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start + 1
        guard let nameEnd = tagNameEnd(bytes, index) else { return nil }
        index = nameEnd
        while true {
            // Attributes need whitespace before them.
            let afterSpace = skipWhitespace(bytes, index)
            if afterSpace < bytes.count, afterSpace > index, let attributeEnd = attributeEnd(bytes, afterSpace) {
                index = attributeEnd
                continue
            }
            index = afterSpace
            break
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
        return index + 1
    }

    /// The offset just past a closing tag `</name >` that starts at `start`, or nil.
    static func closingTagEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "/"),
            let nameEnd = tagNameEnd(bytes, start + 2)
        else { return nil }
        let index = skipWhitespace(bytes, nameEnd)
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
        return index + 1
    }

    private static func tagNameEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start < bytes.count, isASCIILetter(bytes[start]) else { return nil }
        var index = start + 1
        while index < bytes.count, isASCIILetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        return index
    }

    private static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.count, isHTMLWhitespace(bytes[index]) { index += 1 }
        return index
    }

    @inline(__always)
    private static func isHTMLWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == 0x0C
    }

    /// `name`, optionally `= value` (unquoted, `'…'` or `"…"`).
    private static func attributeEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let first = bytes[start]
        guard isASCIILetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") else { return nil }
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            guard isASCIILetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
            else { break }
            index += 1
        }
        let nameEnd = index
        index = skipWhitespace(bytes, index)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nameEnd }
        index = skipWhitespace(bytes, index + 1)
        guard index < bytes.count else { return nil }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            index += 1
            while index < bytes.count, bytes[index] != quote { index += 1 }
            guard index < bytes.count else { return nil }
            return index + 1
        }
        let valueStart = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C,
                UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "`"):
                return index > valueStart ? index : nil
            default:
                index += 1
            }
        }
        return index > valueStart ? index : nil
    }
}
