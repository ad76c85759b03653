// libFuzzer entry point for the QRCode module (compiled by scripts/fuzz-qr.sh together with
// Sources/QRCode; not part of the package).
//
// The first byte chooses: bits 0–2 a mask, used when bit 3 is set (else the encoder
// chooses); bits 4–7 a minimum version, 1 + 3 × n, so 43 and 46 test the range check. The
// rest is the text, decoded as UTF-8 with invalid bytes replaced, encoded at every level.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQRCode(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let selector = Int(bytes.first ?? 0)
    let mask = selector & 8 == 8 ? selector & 7 : nil
    let minimumVersion = 1 + 3 * (selector >> 4)
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let byteCount = text.utf8.count
    let eci = text.utf8.contains { $0 >= 0x80 }
    for level in QRCode.ErrorCorrection.allCases {
        do {
            let code = try QRCode(text: text, errorCorrection: level, minimumVersion: minimumVersion, mask: mask)
            check(minimumVersion <= 40, "accepted minimum version \(minimumVersion)")
            check((1...40).contains(code.version) && code.size == 17 + 4 * code.version, "size \(code.size) for version \(code.version)")
            check(mask == nil || code.mask == mask, "mask \(code.mask), asked for \(mask ?? -1)")
            let version = SymbolVersion(code.version)
            check(byteCount <= version.byteCapacity(at: level, eci: eci), "\(byteCount) bytes in \(code.version)-\(level.rawValue)")
            // The smallest version that holds the text, or the minimum asked for.
            if code.version > minimumVersion {
                check(byteCount > SymbolVersion(code.version - 1).byteCapacity(at: level, eci: eci), "version \(code.version) not the smallest")
            } else {
                check(code.version == minimumVersion, "version \(code.version) below the minimum \(minimumVersion)")
            }
            checkFunctionPatterns(code, level: level)
            // Renderings of the right size (for the smaller versions only: the big ones cost
            // more time than they find).
            guard code.version <= 10 else { continue }
            let side = code.size + 2
            check(code.text(quietZone: 1).split(separator: "\n").count == (side + 1) / 2, "text lines")
            check(code.svg(quietZone: 1).hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\""), "svg")
            check(code.png(moduleSize: 1, quietZone: 1).count > 8 + 25 + 12, "png")
        } catch let error as QRCode.TooLong {
            check(error.byteCount == byteCount, "TooLong counts \(error.byteCount), text has \(byteCount)")
            check(error.capacity == SymbolVersion(40).byteCapacity(at: level, eci: eci), "TooLong capacity \(error.capacity)")
            check(byteCount > error.capacity, "TooLong for \(byteCount) bytes, capacity \(error.capacity)")
        } catch let error as QRCode.InvalidParameter {
            check(minimumVersion > 40, "invalid parameter: \(error)")
        } catch {
            check(false, "unexpected error \(error)")
        }
    }
    return 0
}

/// Finder corners, timing patterns, the dark module, and both copies of the format
/// information carrying the level and mask.
private func checkFunctionPatterns(_ code: QRCode, level: QRCode.ErrorCorrection) {
    let size = code.size
    for (x, y) in [(0, 0), (6, 6), (size - 1, 0), (size - 7, 6), (0, size - 1), (6, size - 7), (8, size - 8)] {
        check(code.isDark(x: x, y: y), "module (\(x), \(y)) light")
    }
    for index in 8..<size - 8 {
        check(code.isDark(x: index, y: 6) == (index % 2 == 0), "timing row at \(index)")
        check(code.isDark(x: 6, y: index) == (index % 2 == 0), "timing column at \(index)")
    }
    let expected = FormatInformation(level: level, mask: MaskPattern(rawValue: code.mask))
    let first = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8), (8, 7),
                 (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
    let second = (0..<7).map { (8, size - 1 - $0) } + (0..<8).map { (size - 8 + $0, 8) }
    for (index, ((x1, y1), (x2, y2))) in zip(first, second).enumerated() {
        check(code.isDark(x: x1, y: y1) == expected.bit(14 - index), "format copy 1 bit \(14 - index)")
        check(code.isDark(x: x2, y: y2) == expected.bit(14 - index), "format copy 2 bit \(14 - index)")
    }
}

private func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        fatalError("invariant broken: \(message())")
    }
}
