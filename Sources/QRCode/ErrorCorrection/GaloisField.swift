/// Arithmetic in GF(2⁸) with the QR code's prime polynomial x⁸ + x⁴ + x³ + x² + 1 (§7.5.2),
/// through tables of powers of α = 2 and their logarithms.
enum GaloisField {
    /// `exponents[i]` is αⁱ, for i from 0 to 509, so that a sum of two logarithms needs no
    /// reduction modulo 255.
    static let exponents: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for power in 0..<255 {
            table[power] = UInt8(value)
            table[power + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 {
                value ^= 0x11D
            }
        }
        return table
    }()

    /// `logarithms[x]` is the i with αⁱ = x, for x from 1 to 255 (`logarithms[0]` is unused).
    static let logarithms: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for power in 0..<255 {
            table[Int(exponents[power])] = power
        }
        return table
    }()

    /// The product of `a` and `b`.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exponents[logarithms[Int(a)] + logarithms[Int(b)]]
    }
}
