/// A line of a content file that holds a no-break space (U+00A0): where the first one is
/// and how many the line holds, for `NoBreakSpaceRule`.
struct NoBreakSpaceLine: Equatable, Sendable {
    /// The first no-break space of the line; the column counts characters.
    var position: TextPosition
    var count: Int

    /// The lines of `text` that hold a no-break space, in order. Lines end at `\n`, so a
    /// `\r\n` ending counts the same; a leading byte-order mark is skipped, as `SourceLines`
    /// does.
    static func find(in text: String) -> [NoBreakSpaceLine] {
        // Named by its code point: a no-break space typed here would be as invisible as in content.
        let noBreakSpace = Unicode.Scalar(UInt8(0xA0))
        guard text.unicodeScalars.contains(noBreakSpace) else { return [] }
        var found: [NoBreakSpaceLine] = []
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        for (offset, line) in scalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let first = line.firstIndex(of: noBreakSpace) else { continue }
            let column = Substring(line[..<first]).count + 1
            found.append(NoBreakSpaceLine(position: TextPosition(line: offset + 1, column: column),
                                          count: line.reduce(0) { $0 + ($1 == noBreakSpace ? 1 : 0) }))
        }
        return found
    }
}
