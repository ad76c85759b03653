@testable import QRCode
import Testing

/// The four penalty rules of §7.8.3.1 on small made-up matrices whose scores are counted by hand.
@Suite struct PenaltyScoreTests {
    /// A matrix from rows of `#` (dark) and `.` (light).
    private func score(_ rows: [String]) -> PenaltyScore {
        PenaltyScore(modules: rows.flatMap { $0.map { $0 == "#" } }, size: rows.count)
    }

    @Test func allLight() {
        // 21 rows and 21 columns, each one run of 21: 21 × 2 × (3 + 16).
        // 20 × 20 two-by-two blocks: 400 × 3. No dark module: 50 % off, 10 steps.
        let score = score(Array(repeating: String(repeating: ".", count: 21), count: 21))
        #expect(score == PenaltyScore(adjacentModules: 798, blocks: 1200, finderLikePatterns: 0, proportion: 100))
    }

    @Test func checkerboardHasNoPenalty() {
        let rows = (0..<6).map { y in String((0..<6).map { x in (x + y) % 2 == 0 ? "#" : "." }) }
        #expect(score(rows) == PenaltyScore(adjacentModules: 0, blocks: 0, finderLikePatterns: 0, proportion: 0))
    }

    @Test func runsOfFiveAndMore() {
        // Row 0: a run of 5 dark → 3. Row 1: a run of 6 light → 4. No column has a run of 5,
        // and no 2 × 2 block is of one colour.
        let rows = ["#####.", "......", "#.#.#.", ".#.#.#", "#.#.#.", ".#.#.#"]
        let result = score(rows)
        #expect(result.adjacentModules == 3 + 4)
        #expect(result.blocks == 0)
        // 5 + 4 × 3 = 17 dark of 36, 47.2 %: less than one whole step of 5 % from 50 %.
        #expect(result.proportion == 0)
    }

    @Test func finderLikePattern() {
        // 1011101 with four light modules after it, in a row of 11; the other rows light
        // apart from that. Counted once in the row; the columns have no such pattern.
        var rows = Array(repeating: String(repeating: ".", count: 11), count: 11)
        rows[5] = "#.###.#...."
        #expect(score(rows).finderLikePatterns == 40)
        // Light beyond the edge counts: the pattern flush with the right edge, light before it.
        rows[5] = "....#.###.#"
        #expect(score(rows).finderLikePatterns == 40)
        // Dark on both sides within four modules: no penalty.
        rows[5] = "#.#.###.#.#"
        #expect(score(rows).finderLikePatterns == 0)
    }

    /// Two patterns sharing modules, 1011101011101, each with four light modules on its
    /// outer side: two occurrences, 80 points (segno, which resumes its search after a
    /// counted one, finds only the first).
    @Test func overlappingFinderLikePatterns() {
        var rows = Array(repeating: String(repeating: ".", count: 21), count: 21)
        rows[10] = "....#.###.#.###.#...."
        #expect(score(rows).finderLikePatterns == 80)
    }

    @Test func proportionSteps() {
        // 100 modules: 50 dark → 0; 55 → exactly 5 % off → 1 step; 54 → 0; 71 → 4 steps.
        func proportion(dark: Int) -> Int {
            let modules = (0..<100).map { $0 < dark }
            return PenaltyScore(modules: modules, size: 10).proportion
        }
        #expect(proportion(dark: 50) == 0)
        #expect(proportion(dark: 54) == 0)
        #expect(proportion(dark: 55) == 10)
        #expect(proportion(dark: 71) == 40)
        #expect(proportion(dark: 29) == 40)
    }

    /// The chosen mask scores no more than any other, through the public API.
    @Test func chosenMaskScoresLowest() throws {
        for text in ["https://example.org/55/diagnose/", "Не получается войти?", String(repeating: "a", count: 100)] {
            let chosen = try QRCode(text: text)
            let scores = try (0...7).map { mask in
                let code = try QRCode(text: text, mask: mask)
                return PenaltyScore(modules: code.modules, size: code.size).total
            }
            #expect(scores[chosen.mask] == scores.min(), "\(text): \(scores)")
            #expect(scores.firstIndex(of: scores.min() ?? 0) == chosen.mask, "ties go to the lowest mask")
        }
    }
}
