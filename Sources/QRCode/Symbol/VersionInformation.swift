/// The 18 bits of version information for versions 7 to 40 (§7.10): the version number in
/// six bits protected by a BCH (18, 6) code, not masked.
struct VersionInformation: Equatable, Sendable {
    /// The 18 bits; bit 17 is the most significant.
    let bits: Int

    /// x¹² + x¹¹ + x¹⁰ + x⁹ + x⁸ + x⁵ + x² + 1, the code's generator polynomial (§7.10; Annex D).
    static let generator = 0b1_1111_0010_0101

    init(version: SymbolVersion) {
        let data = version.number
        bits = data << 12 | BCHCode.remainder(of: data << 12, generator: Self.generator)
    }

    /// Bit `index`, 0 the least significant.
    func bit(_ index: Int) -> Bool {
        (bits >> index) & 1 == 1
    }
}
