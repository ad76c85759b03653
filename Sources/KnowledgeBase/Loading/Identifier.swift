/// The syntax of ids and codes in file names and values.
enum Identifier {
    /// Article and cause ids: `[a-z0-9]+(-[a-z0-9]+)*`.
    static func isValidID(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.containsBytes("--") else { return false }
        return text.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }

    /// Fact ids: `[a-z_][a-z0-9_]*` (`gosuslugi_account`).
    static func isValidFactID(_ text: String) -> Bool {
        FrontMatterParser.BlockParser.isValidKey(text, kind: .topLevel)
    }

    /// Region codes: two digits.
    static func isRegionCode(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
