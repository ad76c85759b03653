import QRCode

/// Deterministic test texts: the same seed gives the same texts on every machine.
struct SampleTexts {
    /// SplitMix64: small, fast, and the same everywhere.
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`.
    mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    static let ascii = Array(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~")
    static let cyrillic = Array("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")

    /// A text of exactly `byteCount` UTF-8 bytes: printable ASCII, or mostly Cyrillic (two
    /// bytes a letter, the first always Cyrillic when there is room) with ASCII spaces and
    /// punctuation.
    mutating func text(byteCount: Int, cyrillic: Bool) -> String {
        var result = ""
        var bytes = 0
        while bytes < byteCount {
            let useCyrillic = cyrillic && byteCount - bytes >= 2 && (bytes == 0 || next() % 5 != 0)
            let alphabet = useCyrillic ? Self.cyrillic : Self.ascii
            let character = alphabet[Int(next() % UInt64(alphabet.count))]
            result.append(character)
            bytes += character.utf8.count
        }
        return result
    }

    /// The most bytes of `text`'s kind version `version` holds at `level`: Table 7's for
    /// ASCII, one less for other text, which needs the 12-bit UTF-8 ECI header.
    static func byteCapacity(version: Int, level: QRCode.ErrorCorrection, ascii: Bool) -> Int {
        byteCapacity(version: version, level: level) - (ascii ? 0 : 1)
    }

    /// The most bytes version `version` holds at `level` in byte mode (ISO/IEC 18004:2015
    /// Table 7, column "Byte"), for versions 1 to 40.
    static func byteCapacity(version: Int, level: QRCode.ErrorCorrection) -> Int {
        let column: Int
        switch level {
        case .low: column = 0
        case .medium: column = 1
        case .quartile: column = 2
        case .high: column = 3
        }
        return byteCapacities[version - 1][column]
    }

    /// Table 7's byte column: L, M, Q, H for each version.
    static let byteCapacities: [[Int]] = [
        [17, 14, 11, 7], [32, 26, 20, 14], [53, 42, 32, 24], [78, 62, 46, 34],
        [106, 84, 60, 44], [134, 106, 74, 58], [154, 122, 86, 64], [192, 152, 108, 84],
        [230, 180, 130, 98], [271, 213, 151, 119], [321, 251, 177, 137], [367, 287, 203, 155],
        [425, 331, 241, 177], [458, 362, 258, 194], [520, 412, 292, 220], [586, 450, 322, 250],
        [644, 504, 364, 280], [718, 560, 394, 310], [792, 624, 442, 338], [858, 666, 482, 382],
        [929, 711, 509, 403], [1003, 779, 565, 439], [1091, 857, 611, 461], [1171, 911, 661, 511],
        [1273, 997, 715, 535], [1367, 1059, 751, 593], [1465, 1125, 805, 625], [1528, 1190, 868, 658],
        [1628, 1264, 908, 698], [1732, 1370, 982, 742], [1840, 1452, 1030, 790], [1952, 1538, 1112, 842],
        [2068, 1628, 1168, 898], [2188, 1722, 1228, 958], [2303, 1809, 1283, 983], [2431, 1911, 1351, 1051],
        [2563, 1989, 1423, 1093], [2699, 2099, 1499, 1139], [2809, 2213, 1579, 1219], [2953, 2331, 1663, 1273],
    ]
}
