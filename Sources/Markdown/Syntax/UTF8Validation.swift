/// A UTF-8 validity check for whole inputs, faster than decoding them into a `String`:
/// ASCII and two-byte sequences (Cyrillic) are checked eight bytes at a time.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        let high: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index < count {
            // Eight bytes at once while they are ASCII and well-formed two-byte sequences
            // (Latin and Cyrillic text): each byte's bits 7, 6, 5 … moved to bit 7.
            if index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let bit7 = word & high
                if bit7 == 0 {
                    index += 8
                    continue
                }
                let bit6 = (word << 1) & high
                let bit5 = (word << 2) & high
                let lead = bit7 & bit6  // 11xxxxxx
                let continuation = bit7 & ~bit6  // 10xxxxxx
                // C0 and C1 (overlong) have none of bits 4 to 1.
                let bits4to1 = ((word << 3) | (word << 4) | (word << 5) | (word << 6)) & high
                // Only two-byte leads (110xxxxx, not C0 or C1), each followed by exactly the
                // continuation bytes; a lead in the last byte is checked with the next word.
                if lead & bit5 == 0, lead & ~bits4to1 == 0, continuation == lead << 8 {
                    index += lead >> 63 != 0 ? 7 : 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if lead >= 0xC2, lead <= 0xDF {
                guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return false }
                index += 2
                continue
            }
            // Unicode §3.9, table 3-7: the well-formed three- and four-byte sequences.
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = base[index + 1]
            guard second >= low, second <= high else { return false }
            for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 {
                return false
            }
            index += length
        }
        return true
    }
}
