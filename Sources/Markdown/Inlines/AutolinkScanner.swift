/// Recognizes autolinks between pointy brackets (CommonMark §6.5).
enum AutolinkScanner {
    /// The offset past `>` if `<` at `start` begins a URI autolink: a scheme of 2–32
    /// characters, `:`, then no spaces, controls, `<` or `>`.
    static func scanURI(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count, CharacterClass.isLetter(bytes[index]) else { return nil }
        index += 1
        while index < bytes.count, index - start - 1 < 32 {
            let byte = bytes[index]
            guard CharacterClass.isAlphanumeric(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-")
            else { break }
            index += 1
        }
        let schemeLength = index - start - 1
        guard schemeLength >= 2, index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte <= 0x20 || byte == UInt8(ascii: "<") || byte == 0x7F { return nil }
            index += 1
        }
        return nil
    }

    /// The offset past `>` if `<` at `start` begins an email autolink (the HTML5 spec's
    /// valid email address).
    static func scanEmail(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var index = start + 1
        let localStart = index
        while index < bytes.count, isLocalPartByte(bytes[index]) { index += 1 }
        guard index > localStart, index < bytes.count, bytes[index] == UInt8(ascii: "@") else { return nil }
        index += 1
        while true {
            // One label: alphanumeric at both ends, hyphens inside, at most 63 bytes.
            let labelStart = index
            while index < bytes.count, CharacterClass.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            let length = index - labelStart
            guard length >= 1, length <= 63, CharacterClass.isAlphanumeric(bytes[labelStart]),
                CharacterClass.isAlphanumeric(bytes[index - 1]), index < bytes.count
            else { return nil }
            if bytes[index] == UInt8(ascii: ">") { return index + 1 }
            guard bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
        }
    }

    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        if CharacterClass.isAlphanumeric(byte) { return true }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
            UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
            UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
            UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
