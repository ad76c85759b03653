/// The GFM tagfilter extension: in raw HTML, `<` that opens one of a few dangerous tags is
/// written as `&lt;` so the browser shows the tag as text.
enum TagFilter {
    private static let names: [[UInt8]] = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ].map { Array($0.utf8) }

    static func filter(_ html: String) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), isFiltered(bytes, at: index) {
                out.append(contentsOf: "&lt;".utf8)
            } else {
                out.append(bytes[index])
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isFiltered(_ bytes: [UInt8], at lessThan: Int) -> Bool {
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
