/// The penalty points of a masked symbol under the four rules of §7.8.3.1 (Table 11).
struct PenaltyScore: Equatable, Sendable {
    /// Runs of five or more same-coloured modules in a row or column: N1 = 3 points for a run
    /// of five, one more for each module beyond.
    let adjacentModules: Int
    /// 2 × 2 blocks of one colour, overlapping blocks counted each: N2 = 3 points each, which
    /// is the table's N2 × (m − 1) × (n − 1) for an m × n block.
    let blocks: Int
    /// Finder-like 1 : 1 : 3 : 1 : 1 (dark : light : dark : light : dark) runs in a row or
    /// column with four light modules before or after: N3 = 40 points each.
    let finderLikePatterns: Int
    /// The proportion of dark modules: N4 = 10 points for each whole 5 % step away from 50 %.
    let proportion: Int

    static let n1 = 3
    static let n2 = 3
    static let n3 = 40
    static let n4 = 10

    var total: Int { adjacentModules + blocks + finderLikePatterns + proportion }
}

extension PenaltyScore {
    /// Scores the `size` × `size` row-major `modules`, `true` for dark.
    init(modules: [Bool], size: Int) {
        var adjacent = 0
        var finderLike = 0
        var sameColourBlocks = 0
        var dark = 0
        // Plain loops over a buffer: the encoder scores eight candidates per symbol, and tests
        // run unoptimised builds.
        modules.withUnsafeBufferPointer { modules in
            for line in 0..<size {
                var rowScanner = LineScanner()
                var columnScanner = LineScanner()
                for offset in 0..<size {
                    let rowModule = modules[line * size + offset]
                    rowScanner.add(rowModule)
                    columnScanner.add(modules[offset * size + line])
                    if rowModule { dark += 1 }
                }
                adjacent += rowScanner.finish() + columnScanner.finish()
                finderLike += rowScanner.finderLikePatterns + columnScanner.finderLikePatterns
            }
            for y in 0..<size - 1 {
                for x in 0..<size - 1 {
                    let colour = modules[y * size + x]
                    if modules[y * size + x + 1] == colour, modules[(y + 1) * size + x] == colour,
                        modules[(y + 1) * size + x + 1] == colour
                    {
                        sameColourBlocks += 1
                    }
                }
            }
        }
        let total = size * size
        // Whole steps of 5 % from 50 %: |dark / total − 1/2| × 20, rounded down.
        let steps = abs(dark * 20 - total * 10) / total
        self.init(
            adjacentModules: adjacent, blocks: sameColourBlocks * Self.n2, finderLikePatterns: finderLike,
            proportion: steps * Self.n4)
    }

    /// Scores a finished or candidate matrix.
    init(_ matrix: ModuleMatrix) {
        self.init(modules: matrix.modules, size: matrix.size)
    }
}

/// Scores one row or column, module by module, for rules N1 and N3.
private struct LineScanner {
    /// The N1 points so far.
    private var adjacent = 0
    /// The current run's colour and length.
    private var runColour = false
    private var runLength = 0
    /// The last 15 modules, newest in bit 0, dark as 1; it starts light, as the quiet zone
    /// before the line is (§6.3.8).
    private var window: UInt32 = 0
    /// The N3 points so far.
    private(set) var finderLikePatterns = 0

    /// 1011101, the finder-like pattern.
    private static let pattern: UInt32 = 0b101_1101

    mutating func add(_ dark: Bool) {
        if runLength > 0, dark == runColour {
            runLength += 1
        } else {
            closeRun()
            runColour = dark
            runLength = 1
        }
        shift(dark)
    }

    /// Ends the line and returns its N1 points; N3 points are in ``finderLikePatterns``.
    mutating func finish() -> Int {
        closeRun()
        // Four light modules of quiet zone after the line complete the window for patterns
        // at its end.
        for _ in 0..<4 { shift(false) }
        return adjacent
    }

    private mutating func closeRun() {
        if runLength >= 5 {
            adjacent += PenaltyScore.n1 + runLength - 5
        }
    }

    /// Adds a module to the window; when the window holds 4 modules, the pattern, 4 modules,
    /// the pattern counts if either group of 4 is light. Each occurrence passes the middle
    /// of the window once, so it counts once.
    private mutating func shift(_ dark: Bool) {
        window = (window << 1 | (dark ? 1 : 0)) & 0x7FFF
        if (window >> 4) & 0x7F == Self.pattern, window >> 11 == 0 || window & 0xF == 0 {
            finderLikePatterns += PenaltyScore.n3
        }
    }
}
