/// A QR code symbol (ISO/IEC 18004:2015), encoded from text in byte mode.
///
/// The text goes into the symbol as its UTF-8 bytes, in one byte-mode segment. Text with
/// any non-ASCII character (Cyrillic, say) is preceded by the ECI header for UTF-8 (§7.4.2),
/// since byte mode otherwise means ISO/IEC 8859-1 and readers that guess can guess wrong;
/// ASCII text, the same in both, goes without it. The encoder picks the smallest version
/// that holds the text at the requested error correction level, and the data mask with the
/// lowest penalty (§7.8.3), unless a mask is given.
///
/// ```swift
/// let code = try QRCode(text: "https://example.org/55/", errorCorrection: .quartile)
/// let svg = code.svg(title: "Ссылка на справку")
/// ```
public struct QRCode: Sendable {
    /// The version, 1 to 40: version `v` has `17 + 4v` modules per side (Table 1).
    public let version: Int
    /// The data mask pattern applied, 0 to 7 (§7.8.2, Table 10).
    public let mask: Int
    /// The number of modules per side, without the quiet zone.
    public let size: Int
    /// The error correction level the symbol was encoded at.
    public let errorCorrection: ErrorCorrection
    /// Row-major: the module at column `x`, row `y` is `modules[y * size + x]`; `true` is dark.
    let modules: [Bool]

    /// Encodes `text` as its UTF-8 bytes.
    ///
    /// - Parameters:
    ///   - errorCorrection: the level, from about 7 % (`.low`) to 30 % (`.high`) of the
    ///     codewords recoverable.
    ///   - minimumVersion: the smallest version to use (1–40), e.g. to keep several codes the
    ///     same size; a larger one is used when the text needs it.
    ///   - mask: the data mask pattern (0–7); `nil` chooses the one with the lowest penalty.
    /// - Throws: ``TooLong`` when the text does not fit in version 40 at `errorCorrection`;
    ///   ``InvalidParameter`` when `minimumVersion` or `mask` is out of range.
    public init(
        text: String, errorCorrection: ErrorCorrection = .medium, minimumVersion: Int = 1, mask: Int? = nil
    ) throws {
        guard (1...40).contains(minimumVersion) else {
            throw InvalidParameter(message: "minimum version \(minimumVersion) is not between 1 and 40")
        }
        if let mask, !(0...7).contains(mask) {
            throw InvalidParameter(message: "mask \(mask) is not between 0 and 7")
        }
        let bytes = Array(text.utf8)
        let eci = ByteModeEncoder.needsECI(bytes)
        guard
            let version = SymbolVersion.smallest(
                holding: bytes.count, at: errorCorrection, eci: eci, from: minimumVersion)
        else {
            throw TooLong(
                byteCount: bytes.count, errorCorrection: errorCorrection,
                capacity: SymbolVersion(40).byteCapacity(at: errorCorrection, eci: eci))
        }
        let dataCodewords = ByteModeEncoder.dataCodewords(for: bytes, version: version, level: errorCorrection)
        let blocks = BlockStructure(version: version, level: errorCorrection)
        let codewords = blocks.finalSequence(of: dataCodewords)

        var matrix = ModuleMatrix(version: version)
        matrix.drawFunctionPatterns()
        matrix.placeCodewords(codewords)
        let chosen = mask.map { MaskPattern(rawValue: $0) } ?? MaskPattern.best(for: matrix, level: errorCorrection)
        matrix.apply(chosen, level: errorCorrection)

        self.version = version.number
        self.mask = chosen.rawValue
        self.size = matrix.size
        self.errorCorrection = errorCorrection
        self.modules = matrix.modules
    }

    /// Whether the module at column `x`, row `y` (from the top left, 0-based) is dark;
    /// `false` outside the symbol, where the quiet zone is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }
}
