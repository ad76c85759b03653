/// GFM extended autolinks (the `autolink` extension): `www.` links, `http://`, `https://`
/// and `ftp://` URLs, and email addresses, with cmark-gfm's `autolink.c` rules.
enum ExtendedAutolink {
    /// If `www.` starts at `start` after a boundary (start of text, whitespace, `*`, `_`, `~`
    /// or `(`), the end offset of the link.
    static func matchWWW(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        if start > 0 {
            let before = bytes[start - 1]
            guard CharacterClass.isASCIIWhitespace(before) || before == UInt8(ascii: "*") || before == UInt8(ascii: "_")
                || before == UInt8(ascii: "~") || before == UInt8(ascii: "(")
            else { return nil }
        }
        guard start + 4 <= bytes.count, bytes[start] == UInt8(ascii: "w"), bytes[start + 1] == UInt8(ascii: "w"),
            bytes[start + 2] == UInt8(ascii: "w"), bytes[start + 3] == UInt8(ascii: ".")
        else { return nil }
        guard let domainEnd = checkDomain(bytes, from: start, allowShort: false) else { return nil }
        var end = domainEnd
        while end < bytes.count, !CharacterClass.isASCIIWhitespace(bytes[end]) { end += 1 }
        end = trimDelimiters(bytes, start, end)
        return end > start ? end : nil
    }

    /// If the `:` at `colon` ends a scheme `http`, `https` or `ftp` (the whole run of letters
    /// before it, not before `earliest`) followed by `//` and a domain, the link's range.
    static func matchURL(_ bytes: UnsafeBufferPointer<UInt8>, colon: Int, earliest: Int) -> Range<Int>? {
        guard colon + 3 < bytes.count, bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/") else {
            return nil
        }
        var start = colon
        while start > earliest, CharacterClass.isLetter(bytes[start - 1]) { start -= 1 }
        guard isSafeScheme(bytes, start, colon) else { return nil }
        guard let domainEnd = checkDomain(bytes, from: colon + 3, allowShort: true) else { return nil }
        var end = domainEnd
        while end < bytes.count, !CharacterClass.isASCIIWhitespace(bytes[end]) { end += 1 }
        end = trimDelimiters(bytes, start, end)
        return end > start ? start..<end : nil
    }

    /// The email addresses in a text node (cmark-gfm recognizes them after parsing, in
    /// merged text outside links).
    static func emailRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        var searchFrom = 0
        while let at = bytes[searchFrom...].firstIndex(of: UInt8(ascii: "@")) {
            searchFrom = at + 1
            // The local part: alphanumerics and `.+-_`, back to the previous link or start.
            var start = at
            while start > offset {
                let byte = bytes[start - 1]
                guard CharacterClass.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                else { break }
                start -= 1
            }
            guard start < at else { continue }
            // The domain: alphanumerics, `-`, `_`, and dots followed by an alphanumeric.
            var end = at
            var atSigns = 0
            var dots = 0
            while end < bytes.count {
                let byte = bytes[end]
                if CharacterClass.isAlphanumeric(byte) {
                } else if byte == UInt8(ascii: "@") {
                    atSigns += 1
                    // A second `@` already disqualifies it; stopping keeps the scan linear.
                    if atSigns > 1 { break }
                } else if byte == UInt8(ascii: "."), end + 1 < bytes.count, CharacterClass.isAlphanumeric(bytes[end + 1]) {
                    dots += 1
                } else if byte != UInt8(ascii: "-"), byte != UInt8(ascii: "_") {
                    break
                }
                end += 1
            }
            let length = end - at
            guard length >= 2, atSigns == 1, dots > 0,
                CharacterClass.isLetter(bytes[end - 1]) || bytes[end - 1] == UInt8(ascii: ".")
            else { continue }
            end = trimDelimiters(bytes, at, end)
            guard end > at else { continue }
            ranges.append(start..<end)
            offset = end
            searchFrom = end
        }
        return ranges
    }

    private static func isSafeScheme(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ colon: Int) -> Bool {
        var scheme: [UInt8] = []
        for index in start..<colon { scheme.append(bytes[index] | 0x20) }
        guard scheme == Array("http".utf8) || scheme == Array("https".utf8) || scheme == Array("ftp".utf8) else {
            return false
        }
        // cmark-gfm asks the same of the first character as of the rest: a host character,
        // so `http://é.ga` and `http://🍄.ga` are links.
        return colon + 3 < bytes.count && isHostCharacter(bytes, at: colon + 3)
    }

    /// cmark-gfm's `check_domain`: the end of the run of host characters from `start + 1`,
    /// which needs a dot unless `allowShort`, and no `_` in its last two segments. A
    /// backslash ends the domain (as in the reference cmark-gfm 0.29.0.gfm.6); the link
    /// itself still runs on to the next whitespace.
    private static func checkDomain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, allowShort: Bool) -> Int? {
        var index = start + 1
        var dots = 0
        var underscoresBefore = 0
        var underscores = 0
        while index < bytes.count - 1 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                dots += 1
            } else if !isHostCharacter(bytes, at: index), byte != UInt8(ascii: "-") {
                break
            }
            index += 1
        }
        // Long dotted names are accepted anyway, as cmark-gfm does to stay linear.
        if (underscoresBefore > 0 || underscores > 0), dots <= 10 { return nil }
        if allowShort { return index }
        return dots > 0 ? index : nil
    }

    private static func isHostCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return !CharacterClass.isASCIIWhitespace(byte) && !CharacterClass.isASCIIPunctuation(byte) }
        // cmark-gfm decodes at every byte: a continuation byte is not a host character.
        guard byte & 0xC0 == 0xC0 else { return false }
        let scalar = CharacterClass.scalar(at: index, in: bytes)
        // Punctuation as cmark-gfm (CommonMark 0.29) knows it: the P categories, not the
        // symbols that CommonMark 0.31 added for emphasis.
        guard !CharacterClass.isUnicodeWhitespace(scalar), let value = Unicode.Scalar(scalar) else { return false }
        switch value.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return false
        default:
            return true
        }
    }

    /// cmark-gfm's `autolink_delim`: cut at `<`, then drop trailing punctuation, a trailing
    /// entity reference, and unbalanced closing parentheses.
    private static func trimDelimiters(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var end = end
        if let lessThan = bytes[start..<end].firstIndex(of: UInt8(ascii: "<")) { end = lessThan }
        var opening = -1
        var closing = 0
        while end > start {
            let byte = bytes[end - 1]
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ";"):
                var entityStart = end - 2
                while entityStart > start, CharacterClass.isLetter(bytes[entityStart]) { entityStart -= 1 }
                if entityStart < end - 2, entityStart >= start, bytes[entityStart] == UInt8(ascii: "&") {
                    end = entityStart
                } else {
                    end -= 1
                }
            case UInt8(ascii: ")"):
                // Count once, then keep the counts as closing parentheses are dropped.
                if opening < 0 {
                    opening = 0
                    for index in start..<end {
                        if bytes[index] == UInt8(ascii: "(") { opening += 1 }
                        else if bytes[index] == UInt8(ascii: ")") { closing += 1 }
                    }
                }
                guard closing > opening else { return end }
                closing -= 1
                end -= 1
            default:
                return end
            }
        }
        return end
    }
}
