extension ModuleMatrix {
    /// Draws every function pattern (§6.3.2–§6.3.6) and reserves the format information
    /// area; draws the version information (§7.10), which does not depend on the mask.
    mutating func drawFunctionPatterns() {
        drawTimingPatterns()
        drawFinderPattern(centreX: 3, centreY: 3)
        drawFinderPattern(centreX: size - 4, centreY: 3)
        drawFinderPattern(centreX: 3, centreY: size - 4)
        drawAlignmentPatterns()
        // Reserved now, written once the mask is known; the dark module comes with it.
        drawFormatInformation(FormatInformation(bits: 0))
        if version.number >= 7 {
            drawVersionInformation(VersionInformation(version: version))
        }
    }

    /// Row 6 and column 6 alternate dark and light, dark at both ends (§6.3.5); the finder
    /// patterns drawn afterwards overwrite their ends.
    private mutating func drawTimingPatterns() {
        for index in 0..<size {
            setFunctionModule(x: 6, y: index, dark: index % 2 == 0)
            setFunctionModule(x: index, y: 6, dark: index % 2 == 0)
        }
    }

    /// A finder pattern — 7 × 7 dark ring, light ring, 3 × 3 dark centre (§6.3.3) — with its
    /// light separator around it where it lies inside the symbol (§6.3.4).
    private mutating func drawFinderPattern(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx
                let y = centreY + dy
                guard x >= 0, y >= 0, x < size, y < size else { continue }
                // Rings by Chebyshev distance: 0–1 centre, 2 light, 3 dark ring, 4 separator.
                let distance = max(abs(dx), abs(dy))
                setFunctionModule(x: x, y: y, dark: distance != 2 && distance != 4)
            }
        }
    }

    /// The 5 × 5 alignment patterns at every pair of centre coordinates from Table E.1,
    /// except the three pairs that would overlap finder patterns (§6.3.6, Annex E).
    private mutating func drawAlignmentPatterns() {
        let centres = version.alignmentPatternCentres
        guard let first = centres.first, let last = centres.last else { return }
        for y in centres {
            for x in centres {
                if (x == first && y == first) || (x == first && y == last) || (x == last && y == first) {
                    continue
                }
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunctionModule(x: x + dx, y: y + dy, dark: max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }
}
