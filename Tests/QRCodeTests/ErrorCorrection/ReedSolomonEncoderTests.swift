@testable import QRCode
import Testing

/// Reed–Solomon error correction against the standard's own numbers.
@Suite struct ReedSolomonEncoderTests {
    /// Annex I's worked example, "01234567" as version 1-M: its 16 data codewords and the 10
    /// error correction codewords the annex gives for them.
    @Test func annexIExample() {
        let data: [UInt8] = [
            0b0001_0000, 0b0010_0000, 0b0000_1100, 0b0101_0110, 0b0110_0001, 0b1000_0000,
            0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001,
            0b1110_1100, 0b0001_0001, 0b1110_1100, 0b0001_0001,
        ]
        let expected: [UInt8] = [
            0b1010_0101, 0b0010_0100, 0b1101_0100, 0b1100_0001, 0b1110_1101,
            0b0011_0110, 0b1100_0111, 0b1000_0111, 0b0010_1100, 0b0101_0101,
        ]
        #expect(ReedSolomonEncoder(degree: 10).errorCorrectionCodewords(for: data) == expected)
        // Version 1-M is one block of 16 data and 10 error correction codewords.
        let blocks = BlockStructure(version: SymbolVersion(1), level: .medium)
        #expect(blocks.finalSequence(of: data) == data + expected)
    }

    /// Annex A's generator polynomials, as exponents of α: degree 7 and 10 in full, and the
    /// constant term of the largest, degree 30.
    @Test func generatorPolynomials() {
        func exponents(_ degree: Int) -> [Int] {
            ReedSolomonEncoder(degree: degree).generator.map { GaloisField.logarithms[Int($0)] }
        }
        #expect(exponents(7) == [87, 229, 146, 149, 238, 102, 21])
        #expect(exponents(10) == [251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
        // The constant term is α^(0+1+…+29) = α^435 = α^(435 mod 255) = α^180.
        #expect(exponents(30).last == 180)
    }

    /// A codeword sequence with its error correction codewords is a multiple of the generator,
    /// so it evaluates to zero at every root α⁰ … αⁿ⁻¹.
    @Test func codewordsVanishAtTheGeneratorsRoots() {
        let data: [UInt8] = Array("Не получается войти?".utf8)
        let degree = 22
        let codeword = data + ReedSolomonEncoder(degree: degree).errorCorrectionCodewords(for: data)
        for power in 0..<degree {
            let root = GaloisField.exponents[power]
            let value = codeword.reduce(UInt8(0)) { GaloisField.multiply($0, root) ^ $1 }
            #expect(value == 0, "c(α^\(power)) ≠ 0")
        }
    }

    /// Table 9's block structure for a few symbols, as the table prints it: (blocks, total
    /// codewords, data codewords) for each group.
    @Test func blockStructure() {
        func groups(_ version: Int, _ level: QRCode.ErrorCorrection) -> [[Int]] {
            let structure = BlockStructure(version: SymbolVersion(version), level: level)
            let lengths = structure.dataCodewordsPerBlock
            return Set(lengths).sorted().map { length in
                [lengths.count(where: { $0 == length }), length + structure.errorCorrectionCodewordsPerBlock, length]
            }
        }
        #expect(groups(1, .medium) == [[1, 26, 16]])
        #expect(groups(5, .quartile) == [[2, 33, 15], [2, 34, 16]])
        #expect(groups(5, .high) == [[2, 33, 11], [2, 34, 12]])
        #expect(groups(14, .medium) == [[4, 64, 40], [5, 65, 41]])
        #expect(groups(40, .low) == [[19, 148, 118], [6, 149, 119]])
        #expect(groups(40, .high) == [[20, 45, 15], [61, 46, 16]])
    }

    /// Every version and level: the blocks add up to the version's codewords (Table 1).
    @Test func blocksAddUpToTheSymbol() {
        for version in (1...40).map(SymbolVersion.init) {
            for level in QRCode.ErrorCorrection.allCases {
                let blocks = BlockStructure(version: version, level: level)
                let total = blocks.dataCodewords + blocks.dataCodewordsPerBlock.count * blocks.errorCorrectionCodewordsPerBlock
                #expect(total == version.totalCodewords, "\(version.number)-\(level.rawValue)")
            }
        }
    }
}
