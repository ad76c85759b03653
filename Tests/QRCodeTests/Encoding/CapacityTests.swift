import QRCode
import Testing

/// Version choice at every capacity boundary of Table 7, through the public API. The
/// boundary tests fix the mask, which has nothing to do with capacity, to skip choosing one.
@Suite struct CapacityTests {
    /// For every version and level: a text of exactly the version's byte capacity gets that
    /// version, and one byte more gets the next version — or, past version 40, ``TooLong``.
    @Test(arguments: QRCode.ErrorCorrection.allCases)
    func boundaries(level: QRCode.ErrorCorrection) throws {
        for version in 1...40 {
            let capacity = SampleTexts.byteCapacity(version: version, level: level)
            let fits = try QRCode(text: String(repeating: "a", count: capacity), errorCorrection: level, mask: 0)
            #expect(fits.version == version, "\(capacity) bytes at \(level.rawValue)")
            #expect(fits.size == 17 + 4 * version)
            let longer = String(repeating: "a", count: capacity + 1)
            if version < 40 {
                #expect(try QRCode(text: longer, errorCorrection: level, mask: 0).version == version + 1)
            } else {
                let error = #expect(throws: QRCode.TooLong.self) {
                    try QRCode(text: longer, errorCorrection: level, mask: 0)
                }
                #expect(error?.byteCount == capacity + 1)
                #expect(error?.capacity == capacity)
                #expect(error?.errorCorrection == level)
            }
        }
    }

    /// Non-ASCII text carries the 12-bit UTF-8 ECI header, which costs one byte of Table 7's
    /// capacity at every version and level.
    @Test(arguments: QRCode.ErrorCorrection.allCases)
    func boundariesWithECI(level: QRCode.ErrorCorrection) throws {
        for version in 1...40 {
            let capacity = SampleTexts.byteCapacity(version: version, level: level) - 1
            // "ж" is two bytes; an odd capacity gets one ASCII letter more.
            let text = String(repeating: "ж", count: capacity / 2) + (capacity % 2 == 1 ? "a" : "")
            #expect(
                try QRCode(text: text, errorCorrection: level, mask: 0).version == version,
                "\(capacity) bytes at \(level.rawValue)")
            let longer = text + "a"
            if version < 40 {
                #expect(try QRCode(text: longer, errorCorrection: level, mask: 0).version == version + 1)
            } else {
                let error = #expect(throws: QRCode.TooLong.self) {
                    try QRCode(text: longer, errorCorrection: level, mask: 0)
                }
                #expect(error?.capacity == capacity)
            }
        }
    }

    /// Capacity counts UTF-8 bytes: a Cyrillic letter takes two.
    @Test func capacityIsInBytes() throws {
        // Version 1-M holds 14 bytes, 13 with the ECI header: 6 Cyrillic letters fit, 7 do not.
        #expect(try QRCode(text: "Справ").version == 1)
        #expect(try QRCode(text: "Справк").version == 1)
        #expect(try QRCode(text: "Справка").version == 2)
    }

    @Test func tooLongMessage() {
        let text = String(repeating: "ж", count: 1200)
        do {
            _ = try QRCode(text: text, errorCorrection: .high)
            Issue.record("2400 bytes fit at H")
        } catch let error as QRCode.TooLong {
            #expect(error.description == "the text is 2400 bytes in UTF-8, but a QR code at error correction level H holds at most 1272 bytes of it (version 40)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func minimumVersion() throws {
        #expect(try QRCode(text: "a", minimumVersion: 7).version == 7)
        #expect(try QRCode(text: "a", minimumVersion: 40).size == 177)
        // A minimum below what the text needs is overridden.
        #expect(try QRCode(text: String(repeating: "a", count: 100), minimumVersion: 2).version == 6)
    }

    @Test func invalidParameters() {
        #expect(throws: QRCode.InvalidParameter.self) { try QRCode(text: "a", minimumVersion: 0) }
        #expect(throws: QRCode.InvalidParameter.self) { try QRCode(text: "a", minimumVersion: 41) }
        #expect(throws: QRCode.InvalidParameter.self) { try QRCode(text: "a", mask: 8) }
        #expect(throws: QRCode.InvalidParameter.self) { try QRCode(text: "a", mask: -1) }
    }

    @Test func requestedMaskIsUsed() throws {
        for mask in 0...7 {
            #expect(try QRCode(text: "mask", mask: mask).mask == mask)
        }
    }

    /// The empty text is a valid symbol: a byte-mode segment of length 0.
    @Test func emptyText() throws {
        let code = try QRCode(text: "")
        #expect(code.version == 1)
        #expect(code.errorCorrection == .medium)
    }
}
