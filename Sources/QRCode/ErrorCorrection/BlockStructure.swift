/// How a symbol's codewords divide into error correction blocks at one level (§7.5.1, Table 9).
///
/// Table 9 lists, for each of the 160 version–level pairs, up to two groups of blocks: `c`
/// total codewords, `k` data codewords each; the second group's blocks hold one data codeword
/// more. Every block of a symbol has the same number of error correction codewords, so the
/// table is kept here as that number and the count of blocks, and the groups follow from the
/// version's total codewords (Table 1).
struct BlockStructure: Equatable, Sendable {
    /// Error correction codewords in each block.
    let errorCorrectionCodewordsPerBlock: Int
    /// The data codewords of each block, in order: the shorter blocks come first.
    let dataCodewordsPerBlock: [Int]

    init(version: SymbolVersion, level: QRCode.ErrorCorrection) {
        let row = Self.table[Self.column(level)]
        let perBlock = row.errorCorrectionCodewords[version.number - 1]
        let blockCount = row.blocks[version.number - 1]
        let total = version.totalCodewords
        let shortBlockLength = total / blockCount
        let longBlocks = total % blockCount
        errorCorrectionCodewordsPerBlock = perBlock
        dataCodewordsPerBlock = (0..<blockCount).map { index in
            shortBlockLength - perBlock + (index >= blockCount - longBlocks ? 1 : 0)
        }
    }

    /// All data codewords of the symbol.
    var dataCodewords: Int { dataCodewordsPerBlock.reduce(0, +) }

    /// The codewords in the order they are placed in the symbol (§7.6): the data codewords
    /// split into blocks, each block's error correction codewords computed, then the blocks
    /// interleaved — the first data codeword of every block, then the second, …; then the
    /// error correction codewords likewise.
    func finalSequence(of data: [UInt8]) -> [UInt8] {
        var blocks: [ArraySlice<UInt8>] = []
        var start = data.startIndex
        for length in dataCodewordsPerBlock {
            blocks.append(data[start..<start + length])
            start += length
        }
        let encoder = ReedSolomonEncoder(degree: errorCorrectionCodewordsPerBlock)
        let errorCorrection = blocks.map { encoder.errorCorrectionCodewords(for: $0) }

        var result: [UInt8] = []
        result.reserveCapacity(data.count + errorCorrection.count * errorCorrectionCodewordsPerBlock)
        for index in 0..<(dataCodewordsPerBlock.last ?? 0) {
            for block in blocks where index < block.count {
                result.append(block[block.startIndex + index])
            }
        }
        for index in 0..<errorCorrectionCodewordsPerBlock {
            for block in errorCorrection {
                result.append(block[index])
            }
        }
        return result
    }

    private static func column(_ level: QRCode.ErrorCorrection) -> Int {
        switch level {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }

    /// Table 9, for versions 1 to 40: error correction codewords per block, and blocks.
    private static let table: [(errorCorrectionCodewords: [Int], blocks: [Int])] = [
        (  // L
            [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
             28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
            [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
             8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25]
        ),
        (  // M
            [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
             26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
            [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
             17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49]
        ),
        (  // Q
            [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
             28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
            [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
             23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68]
        ),
        (  // H
            [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
             30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
            [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
             25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81]
        ),
    ]
}
