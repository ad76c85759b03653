/// Escapes text for HTML content and attribute values.
func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.unicodeScalars.append(character)
        }
    }
    return out
}

/// A `tel:` address for a Russian phone number as content writes it (`8-800-381-1234`).
func telephoneURL(_ phone: String) -> String {
    "tel:" + phone.filter { $0.isNumber || $0 == "+" }
}
