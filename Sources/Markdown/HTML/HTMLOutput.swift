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

    /// Appends markup that is known when compiling (tags), without going through `String`.
    @inline(__always)
    mutating func markup(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Starts a new line unless the output is empty or already at the start of one.
    mutating func newlineIfNeeded() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Appends text with `&`, `<`, `>` and `"` escaped.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// Appends UTF-8 bytes with `&`, `<`, `>` and `"` escaped.
    mutating func appendEscaped(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        var runStart = 0
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = base[index]
            // Only four ASCII bytes need escaping; everything else is copied in runs.
            if byte > UInt8(ascii: ">") || HTMLOutput.escapes[Int(byte)] == 0 {
                index += 1
                continue
            }
            if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
            switch byte {
            case UInt8(ascii: "&"): markup("&amp;")
            case UInt8(ascii: "<"): markup("&lt;")
            case UInt8(ascii: ">"): markup("&gt;")
            default: markup("&quot;")
            }
            index += 1
            runStart = index
        }
        if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
    }

    /// Appends bytes as they are.
    @inline(__always)
    mutating func appendRaw(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// Appends a non-negative number in decimal.
    mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Makes room for `count` more bytes.
    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// 1 for the bytes up to `>` that `appendEscaped` replaces.
    private static let escapes: [UInt8] = (0...Int(UInt8(ascii: ">"))).map { byte in
        [UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\"")].contains(UInt8(byte)) ? 1 : 0
    }

    /// Appends a URL percent-encoding what is not safe in an `href`, as cmark's
    /// `houdini_escape_href` does, and escaping `&` and `'` as entities.
    mutating func appendEscapedURL(_ url: String) {
        var url = url
        url.withUTF8 { appendEscapedURL($0) }
    }

    /// `appendEscapedURL` on UTF-8 bytes.
    mutating func appendEscapedURL(_ buffer: UnsafeBufferPointer<UInt8>) {
        for byte in buffer {
            if HTMLOutput.safeInHref[Int(byte)] {
                bytes.append(byte)
            } else if byte == UInt8(ascii: "&") {
                markup("&amp;")
            } else if byte == UInt8(ascii: "'") {
                markup("&#x27;")
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(HTMLOutput.hexDigits[Int(byte >> 4)])
                bytes.append(HTMLOutput.hexDigits[Int(byte & 0xF)])
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
