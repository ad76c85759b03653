/// Decodes entity and numeric character references (CommonMark §2.5).
enum EntityDecoder {
    /// Where each `name=HEX[,HEX]` entry of `Entities.packed` starts; found on first use,
    /// which is much cheaper than hashing every name into a dictionary (a document with one
    /// `&amp;` paid for all 2125 names).
    static let entryStarts: [Int32] = Entities.packed.withUTF8Buffer { packed in
        var starts: [Int32] = []
        starts.reserveCapacity(2200)
        var index = 0
        while index < packed.count {
            starts.append(Int32(index))
            while index < packed.count, packed[index] != UInt8(ascii: " ") { index += 1 }
            index += 1
        }
        return starts
    }

    /// Compares `name` with the name of the entry at `start`, as the generator sorted them:
    /// by bytes, with each name followed by `;`.
    static func compare(_ name: UnsafeBufferPointer<UInt8>, entryAt start: Int, in packed: UnsafeBufferPointer<UInt8>) -> Int {
        let semicolon = UInt8(ascii: ";")
        var offset = 0
        while true {
            let left = offset < name.count ? name[offset] : semicolon
            let entryByte = packed[start + offset]
            let right = entryByte == UInt8(ascii: "=") ? semicolon : entryByte
            if left != right { return left < right ? -1 : 1 }
            if left == semicolon { return 0 }
            offset += 1
        }
    }

    /// The UTF-8 of the named reference `name` (without `&` and `;`), by binary search.
    static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let starts = entryStarts
        return Entities.packed.withUTF8Buffer { packed -> [UInt8]? in
            var low = 0, high = starts.count - 1
            while low <= high {
                let middle = (low + high) / 2
                let start = Int(starts[middle])
                let order = compare(name, entryAt: start, in: packed)
                if order < 0 {
                    high = middle - 1
                } else if order > 0 {
                    low = middle + 1
                } else {
                    return value(at: start + name.count + 1, in: packed)
                }
            }
            return nil
        }
    }

    /// The UTF-8 of the comma-separated hex scalars from `index` to the next space or the end.
    private static func value(at index: Int, in packed: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var value: [UInt8] = []
        var cursor = index
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
        return value
    }

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
        guard let value = lookup(UnsafeBufferPointer(rebasing: bytes[nameStart..<index])) else { return nil }
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
