/// Decoding shared by blocks and inlines: backslash escapes (§2.4) and entity and numeric
/// character references (§2.5).
enum TextDecoding {
    /// `bytes` with backslash escapes and character references replaced by what they stand for.
    /// (Named entities are decoded once the inline parser's entity table is available.)
    static func unescapingBackslashesAndEntities(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, isASCIIPunctuation(bytes[index + 1]) {
                out.append(bytes[index + 1])
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The ASCII punctuation characters of §2.1, which a backslash can escape.
@inline(__always)
func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
    default: return false
    }
}
