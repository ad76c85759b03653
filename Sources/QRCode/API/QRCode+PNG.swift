extension QRCode {
    /// The symbol as a PNG file: 1-bit greyscale, `moduleSize` pixels per module, black on
    /// white, with a quiet zone of `quietZone` modules (the standard asks for 4, §6.3.8).
    ///
    /// Written by hand (``PNGWriter``): the image data goes in uncompressed deflate blocks,
    /// which every PNG reader accepts; at one bit per pixel the file stays small.
    public func png(moduleSize: Int = 4, quietZone: Int = 4) -> [UInt8] {
        let moduleSize = max(1, moduleSize)
        let quietZone = max(0, quietZone)
        let side = (size + 2 * quietZone) * moduleSize
        let rowBytes = (side + 7) / 8
        var rows: [[UInt8]] = []
        for moduleY in -quietZone..<size + quietZone {
            // In a 1-bit greyscale PNG, 1 is white and 0 is black.
            var row = [UInt8](repeating: 0xFF, count: rowBytes)
            for pixel in 0..<side where isDark(x: pixel / moduleSize - quietZone, y: moduleY) {
                row[pixel >> 3] &= ~(0x80 >> UInt8(pixel & 7))
            }
            rows.append(contentsOf: repeatElement(row, count: moduleSize))
        }
        return PNGWriter.greyscale(width: side, height: side, bitDepth: 1, rows: rows)
    }
}
