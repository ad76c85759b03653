@testable import QRCode
import Testing

/// Format and version information bit strings (§7.9, §7.10; Annexes C and D).
@Suite struct InformationTests {
    /// §7.9.1's example — level M, mask 101 — and other rows of Table C.1.
    @Test func formatInformation() {
        func bits(_ level: QRCode.ErrorCorrection, _ mask: Int) -> String {
            let value = FormatInformation(level: level, mask: MaskPattern(rawValue: mask)).bits
            let binary = String(value, radix: 2)
            return String(repeating: "0", count: 15 - binary.count) + binary
        }
        #expect(bits(.medium, 5) == "100000011001110")
        #expect(bits(.medium, 0) == "101010000010010")
        #expect(bits(.low, 0) == "111011111000100")
        #expect(bits(.low, 7) == "110100101110110")
        #expect(bits(.quartile, 3) == "011101000000110")
        #expect(bits(.high, 6) == "000110100001100")
        #expect(bits(.high, 7) == "000100000111011")
    }

    /// Version information for a few versions (Table D.1); version 7 is §7.10's example.
    @Test func versionInformation() {
        func bits(_ version: Int) -> Int { VersionInformation(version: SymbolVersion(version)).bits }
        #expect(bits(7) == 0b000111_110010010100)
        #expect(bits(8) == 0x085BC)
        #expect(bits(21) == 0x15683)
        #expect(bits(40) == 0x28C69)
    }

    /// The format information sits where §7.9.1 (Figure 25) puts it: both copies agree, and
    /// the dark module is dark.
    @Test func formatInformationPlacement() throws {
        let code = try QRCode(text: "x", errorCorrection: .high, mask: 6)
        let expected = FormatInformation(level: .high, mask: MaskPattern(rawValue: 6))
        let size = code.size
        // Copy 1: bit 14 (most significant) at (0, 8) … bit 9 at (5, 8), then (7, 8), (8, 8),
        // (8, 7), then bits 5 … 0 at (8, 5) … (8, 0).
        let first = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8), (8, 7),
                     (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
        // Copy 2: bits 14 … 8 down column 8 from the bottom, bits 7 … 0 along row 8 to the right edge.
        let second = (0..<7).map { (8, size - 1 - $0) } + (0..<8).map { (size - 8 + $0, 8) }
        for (index, (x, y)) in first.enumerated() {
            #expect(code.isDark(x: x, y: y) == expected.bit(14 - index), "copy 1, bit \(14 - index)")
        }
        for (index, (x, y)) in second.enumerated() {
            #expect(code.isDark(x: x, y: y) == expected.bit(14 - index), "copy 2, bit \(14 - index)")
        }
        #expect(code.isDark(x: 8, y: size - 8))
    }

    /// The data region holds exactly the version's codewords plus its remainder bits (Table 1),
    /// which checks the function patterns, alignment table and placement together.
    @Test func dataRegionMatchesTableOne() {
        for version in (1...40).map(SymbolVersion.init) {
            var matrix = ModuleMatrix(version: version)
            matrix.drawFunctionPatterns()
            let dataModules = matrix.isFunction.count(where: { !$0 })
            #expect(dataModules == version.totalCodewords * 8 + version.remainderBits, "version \(version.number)")
        }
    }
}
