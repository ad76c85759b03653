/// A growing UTF-8 buffer with the escaping rules cmark's HTML renderer uses.
struct HTMLOutput {
    private let buffer: ByteBuffer
    /// Heading anchors to emit, and how many headings were written so far.
    var headingIDs: [String] = []
    var nextHeading = 0

    init(capacity: Int = 4096) { buffer = ByteBuffer(capacity: capacity) }

    /// The HTML written so far.
    var bytes: [UInt8] { buffer.array }

    /// Calls `body` with the HTML written so far, without copying it.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
    }

    var string: String {
        String(decoding: UnsafeBufferPointer(start: buffer.base, count: buffer.count), as: UTF8.self)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { appendRaw($0) }
    }

    /// Appends markup that is known when compiling (tags), without going through `String`.
    @inline(__always)
    mutating func markup(_ markup: StaticString) {
        if markup.hasPointerRepresentation {
            buffer.append(markup.utf8Start, count: markup.utf8CodeUnitCount)
        } else {
            markup.withUTF8Buffer { appendRaw($0) }
        }
    }

    /// Starts a new line unless the output is empty or already at the start of one.
    mutating func newlineIfNeeded() {
        if let last = buffer.last, last != UInt8(ascii: "\n") { buffer.append(UInt8(ascii: "\n")) }
    }

    /// Appends text with `&`, `<`, `>` and `"` escaped.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// Appends UTF-8 bytes with `&`, `<`, `>` and `"` escaped.
    mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        var runStart = 0
        var index = 0
        let count = text.count
        if count >= 8 {
            // Most text needs no escaping at all: prove it a word at a time, the last word
            // overlapping the one before, and copy it in one piece.
            while index + 8 <= count,
                !HTMLOutput.mayNeedEscaping(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
            {
                index += 8
            }
            if index + 8 > count {
                let last = UInt64(littleEndian: UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
                if !HTMLOutput.mayNeedEscaping(last) {
                    buffer.append(base, count: count)
                    return
                }
            }
        }
        while index < count {
            // Eight bytes at once while none needs escaping (almost all text); a word that
            // has one is then read byte by byte, so no byte is tested twice.
            var end = count
            if index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if !HTMLOutput.mayNeedEscaping(word) {
                    index += 8
                    continue
                }
                end = index + 8
            }
            while index < end {
                let byte = base[index]
                index += 1
                // Only four ASCII bytes need escaping; everything else is copied in runs.
                if byte >= 64 || HTMLOutput.escapeMask >> byte & 1 == 0 { continue }
                if index - 1 > runStart { buffer.append(base + runStart, count: index - 1 - runStart) }
                switch byte {
                case UInt8(ascii: "&"): markup("&amp;")
                case UInt8(ascii: "<"): markup("&lt;")
                case UInt8(ascii: ">"): markup("&gt;")
                default: markup("&quot;")
                }
                runStart = index
            }
        }
        if count > runStart { buffer.append(base + runStart, count: count - runStart) }
    }

    /// Whether any of eight bytes is `"` or `&` (`0x22`, `0x26`: equal to `0x22` once bit 2
    /// is cleared) or `<` or `>` (`0x3C`, `0x3E`: `0x3C` once bit 1 is cleared). The test
    /// for a zero byte is exact as a yes or no.
    @inline(__always)
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quoteOrAmpersand = (word & (ones &* 0xFB)) ^ (ones &* 0x22)
        let angleBracket = (word & (ones &* 0xFD)) ^ (ones &* 0x3C)
        let zeros = ((quoteOrAmpersand &- ones) & ~quoteOrAmpersand) | ((angleBracket &- ones) & ~angleBracket)
        return zeros & high != 0
    }

    /// Appends bytes as they are.
    @inline(__always)
    mutating func appendRaw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        buffer.append(base, count: bytes.count)
    }

    /// Appends a non-negative number in decimal.
    mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        buffer.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Makes room for `count` more bytes.
    mutating func reserve(_ count: Int) {
        buffer.reserve(count)
    }

    /// Bit n is set for the bytes n below 64 that `appendEscaped` replaces: `"`, `&`, `<`
    /// and `>` (a constant, so the loop reads no table).
    private static let escapeMask: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    /// Appends a URL percent-encoding what is not safe in an `href`, as cmark's
    /// `houdini_escape_href` does, and escaping `&` and `'` as entities.
    mutating func appendEscapedURL(_ url: String) {
        var url = url
        url.withUTF8 { appendEscapedURL($0) }
    }

    /// `appendEscapedURL` on UTF-8 bytes.
    mutating func appendEscapedURL(_ url: UnsafeBufferPointer<UInt8>) {
        for byte in url {
            if HTMLOutput.safeInHref[Int(byte)] {
                buffer.append(byte)
            } else if byte == UInt8(ascii: "&") {
                markup("&amp;")
            } else if byte == UInt8(ascii: "'") {
                markup("&#x27;")
            } else {
                buffer.append(UInt8(ascii: "%"))
                buffer.append(HTMLOutput.hexDigits[Int(byte >> 4)])
                buffer.append(HTMLOutput.hexDigits[Int(byte & 0xF)])
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// The bytes cmark leaves alone in an `href`: letters, digits and `-_.+!*(),%#@?=;:/$~`.
    private static let safeInHref: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }
}
