/// Computes a block's error correction codewords (§7.5.2): the remainder of the data
/// polynomial times xⁿ divided by the generator polynomial of degree n (Annex A).
struct ReedSolomonEncoder: Sendable {
    /// The generator polynomial (x − α⁰)(x − α¹)…(x − αⁿ⁻¹), highest degree first, without
    /// its leading coefficient 1.
    let generator: [UInt8]

    /// The encoder for `degree` error correction codewords per block.
    init(degree: Int) {
        // Multiply out one factor (x − αⁱ) at a time; in GF(2⁸) subtraction is addition (XOR).
        var coefficients = [UInt8](repeating: 0, count: degree)
        coefficients[degree - 1] = 1  // the polynomial 1, stored without its leading term
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                coefficients[index] = GaloisField.multiply(coefficients[index], root)
                if index + 1 < degree {
                    coefficients[index] ^= coefficients[index + 1]
                }
            }
            root = GaloisField.multiply(root, 2)
        }
        generator = coefficients
    }

    /// The error correction codewords for `data`, as many as the generator's degree.
    func errorCorrectionCodewords<Data: Collection<UInt8>>(for data: Data) -> [UInt8] {
        // Polynomial long division, keeping only the running remainder.
        var remainder = [UInt8](repeating: 0, count: generator.count)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for index in remainder.indices {
                remainder[index] ^= GaloisField.multiply(generator[index], factor)
            }
        }
        return remainder
    }
}
