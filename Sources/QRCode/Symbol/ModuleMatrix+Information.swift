extension ModuleMatrix {
    /// Writes the format information twice, around the top-left finder pattern and split
    /// between the other two, plus the dark module beside the lower one (§7.9.1).
    mutating func drawFormatInformation(_ information: FormatInformation) {
        // Around the top-left finder: bits 0–7 down column 8 (skipping the timing row), then
        // bits 8–14 leftwards along row 8 (skipping the timing column).
        for index in 0...5 {
            setFunctionModule(x: 8, y: index, dark: information.bit(index))
        }
        setFunctionModule(x: 8, y: 7, dark: information.bit(6))
        setFunctionModule(x: 8, y: 8, dark: information.bit(7))
        setFunctionModule(x: 7, y: 8, dark: information.bit(8))
        for index in 9..<15 {
            setFunctionModule(x: 14 - index, y: 8, dark: information.bit(index))
        }
        // The copy: bits 0–7 leftwards along row 8 from the right edge, bits 8–14 down column 8
        // under the bottom-left finder.
        for index in 0..<8 {
            setFunctionModule(x: size - 1 - index, y: 8, dark: information.bit(index))
        }
        for index in 8..<15 {
            setFunctionModule(x: 8, y: size - 15 + index, dark: information.bit(index))
        }
        // The dark module, always dark (§7.9.1).
        setFunctionModule(x: 8, y: size - 8, dark: true)
    }

    /// Writes the version information twice: a 6 × 3 block left of the top-right finder and
    /// its transpose above the bottom-left one, least significant bit first (§7.10).
    mutating func drawVersionInformation(_ information: VersionInformation) {
        for index in 0..<18 {
            let near = index / 3
            let far = size - 11 + index % 3
            setFunctionModule(x: far, y: near, dark: information.bit(index))
            setFunctionModule(x: near, y: far, dark: information.bit(index))
        }
    }
}
