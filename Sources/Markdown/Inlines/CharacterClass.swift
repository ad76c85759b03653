/// Byte and code point classes the inline parser needs (CommonMark §2.1).
enum CharacterClass {
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte)
    }

    /// ASCII punctuation: what a backslash can escape (§2.4).
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    static func isLineEnding(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Space, tab, line feed, line tabulation, form feed, carriage return (cmark's `cmark_isspace`).
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Unicode whitespace: category Zs, tab, line feed, form feed, carriage return (§2.1).
    static func isUnicodeWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Unicode punctuation: categories P and S (§2.1, as of 0.31).
    static func isUnicodePunctuation(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isASCIIPunctuation(UInt8(scalar)) }
        guard let value = Unicode.Scalar(scalar) else { return false }
        switch value.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// The code point ending just before `offset`, or a line feed at the start of the text
    /// (the beginning of a leaf counts as whitespace when classifying delimiter runs, §6.2).
    static func scalar(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard offset > 0 else { return 0x0A }
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, offset - start < 4 { start -= 1 }
        return decodeScalar(bytes, from: start, to: offset) ?? 0xFFFD
    }

    /// The code point starting at `offset`, or a line feed at the end of the text.
    static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard offset < bytes.count else { return 0x0A }
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return decodeScalar(bytes, from: offset, to: min(bytes.count, offset + length)) ?? 0xFFFD
    }

    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt32? {
        let lead = bytes[start]
        if lead < 0x80 { return UInt32(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, end - start >= length else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in (start + 1)..<(start + length) {
            let byte = bytes[index]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return value
    }
}
