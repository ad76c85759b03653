/// Turns bytes into a symbol's data codewords in one byte-mode segment (§7.4.5, §7.4.9,
/// §7.4.10), preceded by an ECI header for UTF-8 (§7.4.2) when the bytes are not all ASCII.
///
/// Byte mode means ISO/IEC 8859-1 unless an ECI says otherwise (§7.3.2: ECI 000003 is the
/// default), and readers that guess do not always guess UTF-8: zbar 0.23 reads «дневник» as
/// Shift JIS without the header, and correctly with it. ASCII is the same in both character
/// sets, so ASCII text (links, most of all) goes without the header and keeps Table 7's
/// capacity.
enum ByteModeEncoder {
    /// The mode indicator for byte mode (Table 2).
    static let byteModeIndicator = 0b0100
    /// The mode indicator for an ECI header (Table 2).
    static let eciModeIndicator = 0b0111
    /// ECI 000026, UTF-8, as its one-byte designator 0bbbbbbb (§7.4.2).
    static let utf8Designator = 26

    /// The pad codewords, 11101100 and 00010001, used in turn to fill the symbol (§7.4.10).
    static let padCodewords: [UInt8] = [0xEC, 0x11]

    /// Whether `bytes` need the UTF-8 ECI header: whether any is outside ASCII.
    static func needsECI<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.contains { $0 >= 0x80 }
    }

    /// The bits before the data bytes: the ECI header if any, the mode indicator and the
    /// character count (Table 3).
    static func headerBits(version: SymbolVersion, eci: Bool) -> Int {
        (eci ? 12 : 0) + 4 + version.characterCountBits
    }

    /// All of the symbol's data codewords for `bytes`, which must fit (see
    /// ``SymbolVersion/byteCapacity(at:eci:)``).
    static func dataCodewords(for bytes: [UInt8], version: SymbolVersion, level: QRCode.ErrorCorrection) -> [UInt8] {
        let capacity = version.dataCodewords(at: level)
        var bits = BitBuffer()
        if needsECI(bytes) {
            bits.append(eciModeIndicator, length: 4)
            bits.append(utf8Designator, length: 8)
        }
        bits.append(byteModeIndicator, length: 4)
        bits.append(bytes.count, length: version.characterCountBits)
        for byte in bytes {
            bits.append(Int(byte), length: 8)
        }
        // The terminator, four zero bits, shortened when the symbol has less room (§7.4.9);
        // then zeros up to a codeword boundary (§7.4.10). BitBuffer pads its last byte.
        bits.append(0, length: min(4, capacity * 8 - bits.count))
        var codewords = bits.bytes
        var pad = 0
        while codewords.count < capacity {
            codewords.append(padCodewords[pad])
            pad ^= 1
        }
        return codewords
    }
}
