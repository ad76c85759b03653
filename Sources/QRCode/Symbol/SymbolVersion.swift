/// One of the 40 sizes of QR code symbol (Table 1) and what the standard's tables say of it.
struct SymbolVersion: Equatable, Sendable {
    /// 1 to 40.
    let number: Int

    init(_ number: Int) {
        self.number = number
    }

    /// Modules per side: 21 for version 1, four more for each version after it (Table 1).
    var size: Int { 17 + 4 * number }

    /// All codewords, data and error correction together (§7.4.10, Table 1, column "Data
    /// modules except (C)" divided by 8).
    var totalCodewords: Int { Self.totalCodewords[number - 1] }

    /// The bits left over in the data region after the last codeword (§7.7.3, Table 1).
    var remainderBits: Int {
        switch number {
        case 1: 0
        case 2...6: 7
        case 7...13: 0
        case 14...20: 3
        case 21...27: 4
        case 28...34: 3
        default: 0
        }
    }

    /// The length of the character count indicator in byte mode (§7.4.1, Table 3): 8 bits
    /// up to version 9, 16 bits from version 10.
    var characterCountBits: Int { number <= 9 ? 8 : 16 }

    /// The row and column coordinates of alignment pattern centres (Annex E, Table E.1);
    /// patterns go at every pair of them except the three that overlap finder patterns.
    var alignmentPatternCentres: [Int] { Self.alignmentPatternCentres[number - 1] }

    /// The data codewords the symbol holds at `level`.
    func dataCodewords(at level: QRCode.ErrorCorrection) -> Int {
        BlockStructure(version: self, level: level).dataCodewords
    }

    /// The most bytes the symbol holds at `level` in one byte-mode segment: the data bits
    /// less the header, in whole bytes. Without an ECI header this is Table 7's column
    /// "Byte" (§7.4.10). Every entry of Table 7 leaves 4 bits spare, so the 12 bits of an ECI
    /// header cost exactly one byte.
    func byteCapacity(at level: QRCode.ErrorCorrection, eci: Bool = false) -> Int {
        (dataCodewords(at: level) * 8 - ByteModeEncoder.headerBits(version: self, eci: eci)) / 8
    }

    /// The smallest version from `minimum` to 40 that holds `byteCount` bytes at `level`;
    /// `nil` when not even version 40 does.
    static func smallest(
        holding byteCount: Int, at level: QRCode.ErrorCorrection, eci: Bool, from minimum: Int
    ) -> SymbolVersion? {
        (minimum...40).lazy.map(SymbolVersion.init).first { $0.byteCapacity(at: level, eci: eci) >= byteCount }
    }

    private static let totalCodewords = [
        26, 44, 70, 100, 134, 172, 196, 242, 292, 346,
        404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,
        1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185,
        2323, 2465, 2611, 2761, 2876, 3034, 3196, 3362, 3532, 3706,
    ]

    private static let alignmentPatternCentres: [[Int]] = [
        [],
        [6, 18],
        [6, 22],
        [6, 26],
        [6, 30],
        [6, 34],
        [6, 22, 38],
        [6, 24, 42],
        [6, 26, 46],
        [6, 28, 50],
        [6, 30, 54],
        [6, 32, 58],
        [6, 34, 62],
        [6, 26, 46, 66],
        [6, 26, 48, 70],
        [6, 26, 50, 74],
        [6, 30, 54, 78],
        [6, 30, 56, 82],
        [6, 30, 58, 86],
        [6, 34, 62, 90],
        [6, 28, 50, 72, 94],
        [6, 26, 50, 74, 98],
        [6, 30, 54, 78, 102],
        [6, 28, 54, 80, 106],
        [6, 32, 58, 84, 110],
        [6, 30, 58, 86, 114],
        [6, 34, 62, 90, 118],
        [6, 26, 50, 74, 98, 122],
        [6, 30, 54, 78, 102, 126],
        [6, 26, 52, 78, 104, 130],
        [6, 30, 56, 82, 108, 134],
        [6, 34, 60, 86, 112, 138],
        [6, 30, 58, 86, 114, 142],
        [6, 34, 62, 90, 118, 146],
        [6, 30, 54, 78, 102, 126, 150],
        [6, 24, 50, 76, 102, 128, 154],
        [6, 28, 54, 80, 106, 132, 158],
        [6, 32, 58, 84, 110, 136, 162],
        [6, 26, 54, 82, 110, 138, 166],
        [6, 30, 58, 86, 114, 142, 170],
    ]
}
