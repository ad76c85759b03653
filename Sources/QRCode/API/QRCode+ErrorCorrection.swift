extension QRCode {
    /// The error correction level (§7.5.1): how much of the symbol can be damaged and still
    /// read — about 7 % of the codewords at `L`, 15 % at `M`, 25 % at `Q`, 30 % at `H`.
    public enum ErrorCorrection: String, CaseIterable, Sendable {
        case low = "L"
        case medium = "M"
        case quartile = "Q"
        case high = "H"

        /// The two bits that stand for the level in the format information (§7.9.1, Table 12):
        /// L 01, M 00, Q 11, H 10.
        var formatBits: Int {
            switch self {
            case .low: 0b01
            case .medium: 0b00
            case .quartile: 0b11
            case .high: 0b10
            }
        }
    }
}
