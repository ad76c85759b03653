/// A growing UTF-8 buffer with the escaping rules cmark's HTML renderer uses.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []
    /// Heading anchors to emit, and how many headings were written so far.
    var headingIDs: [String] = []
    var nextHeading = 0

    init() { bytes.reserveCapacity(4096) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Starts a new line unless the output is empty or already at the start of one.
    mutating func newlineIfNeeded() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Appends text with `&`, `<`, `>` and `"` escaped.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var runStart = 0
            for index in 0..<buffer.count {
                let replacement: StaticString
                switch buffer[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
    }

    /// Appends a URL percent-encoding what is not safe in an `href`, as cmark's
    /// `houdini_escape_href` does, and escaping `&` and `'` as entities.
    mutating func appendEscapedURL(_ url: String) {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if byte == UInt8(ascii: "&") {
                bytes.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                bytes.append(contentsOf: "&#x27;".utf8)
            } else if HTMLOutput.isSafeInHref(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            }
        }
    }

    private static func isSafeInHref(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            // The characters cmark leaves alone: `-_.+!*(),%#@?=;:/$~` (and `&`, `'` handled above).
            return "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }
}
