/// One of the eight data mask patterns (§7.8.2, Table 10), by its reference 000 to 111.
struct MaskPattern: Equatable, Sendable {
    /// 0 to 7.
    let rawValue: Int

    init(rawValue: Int) {
        self.rawValue = rawValue
    }

    static let all = (0...7).map(MaskPattern.init)

    /// Whether the pattern inverts the module in row `i`, column `j` (Table 10's condition).
    func inverts(i: Int, j: Int) -> Bool {
        switch rawValue {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }

    /// The pattern whose finished symbol scores the fewest penalty points (§7.8.3); the
    /// lowest reference wins a tie.
    ///
    /// Each candidate is scored with its format information in place, as a reader sees the
    /// symbol. (The standard orders masking before writing the format information and does
    /// not say what the reserved modules hold while scoring; segno scores them light, zxing
    /// and libqrencode score the finished symbol. Either way the symbol is valid.)
    static func best(for matrix: ModuleMatrix, level: QRCode.ErrorCorrection) -> MaskPattern {
        var best = all[0]
        var bestScore = Int.max
        for pattern in all {
            var candidate = matrix
            candidate.apply(pattern, level: level)
            let score = PenaltyScore(candidate).total
            if score < bestScore {
                best = pattern
                bestScore = score
            }
        }
        return best
    }
}
