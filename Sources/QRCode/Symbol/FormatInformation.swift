/// The 15 bits of format information (§7.9.1): the error correction level and the mask
/// pattern, five data bits protected by a BCH (15, 5) code and masked with 101010000010010.
struct FormatInformation: Equatable, Sendable {
    /// The 15 bits; bit 14 is the most significant and is written first.
    let bits: Int

    /// x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1, the code's generator polynomial (§7.9.1; Annex C).
    static let generator = 0b101_0011_0111
    /// XORed with the code word so that no format information is all zeros (§7.9.1).
    static let mask = 0b101_0100_0001_0010

    init(bits: Int) {
        self.bits = bits
    }

    init(level: QRCode.ErrorCorrection, mask pattern: MaskPattern) {
        let data = level.formatBits << 3 | pattern.rawValue
        bits = (data << 10 | BCHCode.remainder(of: data << 10, generator: Self.generator)) ^ Self.mask
    }

    /// Bit `index`, 0 the least significant.
    func bit(_ index: Int) -> Bool {
        (bits >> index) & 1 == 1
    }
}
