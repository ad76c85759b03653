/// Escapes text for HTML content and attribute values.
func escapeHTML(_ text: String) -> String {
    // Most texts need nothing: return them as they are.
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") })
    else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// Plain text shown on a page (an article's title or summary) with the site's typography,
/// escaped for HTML content.
func typesetHTML(_ text: String) -> String {
    escapeHTML(Typography.apply(text))
}

/// A `tel:` address for a Russian phone number as content writes it (`8-800-381-1234`).
func telephoneURL(_ phone: String) -> String {
    "tel:" + phone.filter { $0.isNumber || $0 == "+" }
}
