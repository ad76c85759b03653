/// The info string of a fenced code block (§4.5): entities and backslash escapes decoded,
/// surrounding whitespace removed.
enum InfoString {
    static func decode(_ bytes: [UInt8]) -> String {
        var start = 0, end = bytes.count
        while start < end, isWhitespace(bytes[start]) { start += 1 }
        while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
        return LinkScanner.unescape(bytes[start..<end])
    }
}
