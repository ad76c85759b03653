/// The polynomial arithmetic over GF(2) behind the format and version information's BCH
/// codes (Annex C, Annex D).
enum BCHCode {
    /// The remainder of `value` divided by `generator`, both as polynomials over GF(2) with
    /// one coefficient per bit.
    static func remainder(of value: Int, generator: Int) -> Int {
        let generatorDegree = Int.bitWidth - 1 - generator.leadingZeroBitCount
        var remainder = value
        while remainder != 0 {
            let degree = Int.bitWidth - 1 - remainder.leadingZeroBitCount
            if degree < generatorDegree { break }
            remainder ^= generator << (degree - generatorDegree)
        }
        return remainder
    }
}
