extension QRCode {
    /// The symbol for a terminal: two module rows per line in Unicode half blocks — `█` both
    /// dark, `▀` top dark, `▄` bottom dark, a space both light — with a quiet zone of
    /// `quietZone` modules.
    ///
    /// Dark modules are drawn in the text colour and light ones left as background, so the
    /// code scans as printed on a terminal with dark text on a light background. On a
    /// terminal with light text on a dark background it shows inverted (light modules dark),
    /// which not every reader reads (zbar does not); use ``svg(moduleSize:quietZone:title:)`` or
    /// ``png(moduleSize:quietZone:)`` there. A terminal cell is about twice as high as it is
    /// wide, so two rows per line give near-square modules. The row count is odd, so the last
    /// line's lower half lies below the quiet zone; it is light like the quiet zone.
    public func text(quietZone: Int = 2) -> String {
        let quietZone = max(0, quietZone)
        var result = ""
        for y in stride(from: -quietZone, to: size + quietZone, by: 2) {
            for x in -quietZone..<size + quietZone {
                switch (isDark(x: x, y: y), isDark(x: x, y: y + 1)) {
                case (true, true): result += "█"
                case (true, false): result += "▀"
                case (false, true): result += "▄"
                case (false, false): result += " "
                }
            }
            result += "\n"
        }
        return result
    }
}
