extension ModuleMatrix {
    /// Places the codewords' bits in the data region (§7.7.3): in two-module-wide
    /// columns from the right edge, upwards then downwards in turn, right module before left,
    /// skipping function patterns and the vertical timing pattern's column. Modules left over
    /// at the end are the remainder bits, light before masking.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 {
                right = 5  // column 6 is the timing pattern
            }
            let upwards = ((right + 1) & 2) == 0
            for step in 0..<size {
                let y = upwards ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction(x: x, y: y) && bitIndex < bitCount {
                    self[x: x, y: y] = (codewords[bitIndex >> 3] >> (7 - UInt8(bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }
}
