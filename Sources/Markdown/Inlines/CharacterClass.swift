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
        // Cyrillic letters (U+0400–U+0481, U+048A–U+052F), common next to emphasis in this
        // project's text, without the property lookup.
        if scalar >= 0x400, scalar <= 0x52F, scalar < 0x482 || scalar > 0x489 { return false }
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

/// The bytes at which the inline parser's plain-text scan stops: `\n \r \\ ` & < [ ] ! * _`
/// and, with GFM extensions, `~` (strikethrough) and `w :` (extended autolinks).
///
/// The scan is the inline parser's hottest loop (every byte of every leaf goes through it),
/// so it compares 16 bytes at a time with SIMD, and tests single bytes against a 128-bit mask
/// (a shift and a test, no table to load or bounds to check).
struct SpecialBytes {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// The optional members, for the SIMD comparison; a disabled one repeats `\n`, which is
    /// always a member, so comparing with it adds nothing.
    private var tilde = UInt8(ascii: "\n")
    private var letterW = UInt8(ascii: "\n")
    private var colon = UInt8(ascii: "\n")

    static let plain = SpecialBytes(strikethrough: false, autolink: false)
    static let strikethrough = SpecialBytes(strikethrough: true, autolink: false)
    static let autolink = SpecialBytes(strikethrough: false, autolink: true)
    static let all = SpecialBytes(strikethrough: true, autolink: true)

    static func `for`(strikethrough: Bool, autolink: Bool) -> SpecialBytes {
        switch (strikethrough, autolink) {
        case (false, false): return plain
        case (true, false): return SpecialBytes.strikethrough
        case (false, true): return SpecialBytes.autolink
        case (true, true): return all
        }
    }

    private init(strikethrough: Bool, autolink: Bool) {
        for byte in SpecialBytes.always { insert(byte) }
        if strikethrough {
            tilde = UInt8(ascii: "~")
            insert(tilde)
        }
        if autolink {
            letterW = UInt8(ascii: "w")
            colon = UInt8(ascii: ":")
            insert(letterW)
            insert(colon)
        }
    }

    /// The members without extensions (the SIMD comparison in `firstIndex` spells them out).
    private static let always: [UInt8] = Array("\n\r\\`&<[]!*_".utf8)

    private mutating func insert(_ byte: UInt8) {
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte & 63) }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word = byte < 64 ? low : byte < 128 ? high : 0
        return (word >> UInt64(byte & 63)) & 1 != 0
    }

    /// The offset of the first member at or after `start`, or `bytes.count`.
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
        let raw = UnsafeRawPointer(base)
        var index = start
        while bytes.count - index >= 16 {
            let hits = members(in: raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self))
            if hits.first != 0 { return index + hits.first.trailingZeroBitCount / 8 }
            if hits.second != 0 { return index + 8 + hits.second.trailingZeroBitCount / 8 }
            index += 16
        }
        guard index < bytes.count else { return index }
        guard bytes.count >= 16 else {
            while index < bytes.count, !contains(bytes[index]) { index += 1 }
            return index
        }
        // The last few bytes: the last 16 of the text, ignoring those before `index`
        // (cheaper than testing the rest one by one).
        let chunkStart = bytes.count - 16
        let skip = UInt64(index - chunkStart) * 8
        var hits = members(in: raw.loadUnaligned(fromByteOffset: chunkStart, as: SIMD16<UInt8>.self))
        if skip < 64 {
            hits.first &= ~0 << skip
        } else {
            hits.first = 0
            hits.second &= ~0 << (skip - 64)
        }
        if hits.first != 0 { return chunkStart + hits.first.trailingZeroBitCount / 8 }
        if hits.second != 0 { return chunkStart + 8 + hits.second.trailingZeroBitCount / 8 }
        return bytes.count
    }

    /// Bytes 0–7 and 8–15 of `chunk` as two words in which a member's byte is 1, others 0.
    @inline(__always)
    private func members(in chunk: SIMD16<UInt8>) -> (first: UInt64, second: UInt64) {
        typealias Bytes = SIMD16<UInt8>
        // One comparison per member; separate statements keep type-checking fast.
        var hit = chunk .== Bytes(repeating: UInt8(ascii: "\n"))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "\r")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "\\")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "`")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "&")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "<")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "[")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "]")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "!")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "*")))
        hit = hit .| (chunk .== Bytes(repeating: UInt8(ascii: "_")))
        hit = hit .| (chunk .== Bytes(repeating: tilde))
        hit = hit .| (chunk .== Bytes(repeating: letterW))
        hit = hit .| (chunk .== Bytes(repeating: colon))
        // Read the mask as words in memory order (`any` on the mask compiles to a slow
        // reduction).
        let ones = Bytes(repeating: 0).replacing(with: 1, where: hit)
        let words = unsafeBitCast(ones, to: (UInt64, UInt64).self)
        return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
    }
}
