/// A position in a content file: 1-based line, and 1-based column counted in characters
/// (what a person editing Russian text counts, unlike the UTF-8 bytes of Markdown ranges).
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file, where problems that concern the whole file are reported.
    public static let fileStart = TextPosition(line: 1, column: 1)

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

extension TextPosition {
    /// The position `characters` columns further on the same line.
    public func advanced(by characters: Int) -> TextPosition {
        TextPosition(line: line, column: column + characters)
    }

    /// The position of line `line`, column `column` of a text that starts here.
    public func offset(line relativeLine: Int, column relativeColumn: Int) -> TextPosition {
        relativeLine == 1 ? advanced(by: relativeColumn - 1) : TextPosition(line: line + relativeLine - 1, column: relativeColumn)
    }
}
