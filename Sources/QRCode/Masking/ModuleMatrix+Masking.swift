extension ModuleMatrix {
    /// Inverts the data region's modules where `pattern` says so and writes the format
    /// information for `level` and `pattern` (§7.8.2, §7.9).
    mutating func apply(_ pattern: MaskPattern, level: QRCode.ErrorCorrection) {
        for y in 0..<size {
            for x in 0..<size where !isFunction(x: x, y: y) && pattern.inverts(i: y, j: x) {
                self[x: x, y: y].toggle()
            }
        }
        drawFormatInformation(FormatInformation(level: level, mask: pattern))
    }
}
