/// Decodes entity and numeric character references (CommonMark §2.5).
enum EntityDecoder {
    /// Name bytes (without `&` and `;`) to the UTF-8 they stand for; built on first use.
    static let table: [String: [UInt8]] = {
        var table: [String: [UInt8]] = [:]
        table.reserveCapacity(2200)
        Entities.packed.withUTF8Buffer { packed in
            var index = 0
            while index < packed.count {
                var nameEnd = index
                while nameEnd < packed.count, packed[nameEnd] != UInt8(ascii: "=") { nameEnd += 1 }
                let name = String(decoding: UnsafeBufferPointer(rebasing: packed[index..<nameEnd]), as: UTF8.self)
                var value: [UInt8] = []
                var cursor = nameEnd + 1
                var scalar: UInt32 = 0
                while cursor <= packed.count {
                    let byte = cursor < packed.count ? packed[cursor] : UInt8(ascii: " ")
                    if byte == UInt8(ascii: ",") || byte == UInt8(ascii: " ") {
                        appendUTF8(scalar, to: &value)
                        scalar = 0
                        if byte == UInt8(ascii: " ") { break }
                    } else {
                        scalar = scalar << 4 | UInt32(hexValue(byte))
                    }
                    cursor += 1
                }
                table[name] = value
                index = cursor + 1
            }
        }
        return table
    }()

    /// Decodes the reference starting at `bytes[start]` (an `&`); returns its UTF-8 and the
    /// number of source bytes it spans (`&` through `;`), or nil if it is not a reference.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (value: [UInt8], length: Int)? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            // Numeric: `&#` 1–7 decimal digits `;` or `&#x` 1–6 hex digits `;`.
            index += 1
            var value: UInt32 = 0
            var digits = 0
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
                index += 1
                while index < bytes.count, digits < 7, CharacterClass.isHexDigit(bytes[index]) {
                    value = value << 4 | UInt32(hexValue(bytes[index]))
                    digits += 1
                    index += 1
                }
                guard digits >= 1, digits <= 6 else { return nil }
            } else {
                while index < bytes.count, digits < 8, CharacterClass.isDigit(bytes[index]) {
                    value = value * 10 + UInt32(bytes[index] - UInt8(ascii: "0"))
                    digits += 1
                    index += 1
                }
                guard digits >= 1, digits <= 7 else { return nil }
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return nil }
            // Code point 0, surrogates and out-of-range values become U+FFFD.
            if value == 0 || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { value = 0xFFFD }
            var out: [UInt8] = []
            appendUTF8(value, to: &out)
            return (out, index + 1 - start)
        }
        let nameStart = index
        while index < bytes.count, index - nameStart <= Entities.longestName, CharacterClass.isAlphanumeric(bytes[index]) {
            index += 1
        }
        guard index > nameStart, index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
        guard let value = table[name] else { return nil }
        return (value, index + 1 - start)
    }

    /// Appends the UTF-8 encoding of `scalar` (U+FFFD if it is not a scalar value).
    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        var value = scalar
        if value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return 0
        }
    }
}
