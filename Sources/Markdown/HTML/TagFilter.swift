/// The GFM tagfilter extension: in raw HTML, `<` that opens one of a few dangerous tags is
/// written as `&lt;` so the browser shows the tag as text.
enum TagFilter {
    private static let names: [[UInt8]] = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ].map { Array($0.utf8) }

    static func filter(_ html: String) -> String {
        var html = html
        var out = HTMLOutput()
        html.withUTF8 { append($0, to: &out) }
        return out.string
    }

    /// Appends raw HTML, with `<` written as `&lt;` where it opens a filtered tag.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout HTMLOutput) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), isFiltered(bytes, at: index) {
                out.appendRaw(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.markup("&lt;")
                runStart = index + 1
            }
            index += 1
        }
        out.appendRaw(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static func isFiltered(_ bytes: UnsafeBufferPointer<UInt8>, at lessThan: Int) -> Bool {
        var start = lessThan + 1
        if start < bytes.count, bytes[start] == UInt8(ascii: "/") { start += 1 }
        for name in names {
            let end = start + name.count
            guard end <= bytes.count else { continue }
            var matches = true
            for offset in 0..<name.count where bytes[start + offset] | 0x20 != name[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            if end == bytes.count { return true }
            switch bytes[end] {
            case UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"),
                UInt8(ascii: "\r"), 0x0C, UInt8(ascii: "/"):
                return true
            default:
                continue
            }
        }
        return false
    }
}
