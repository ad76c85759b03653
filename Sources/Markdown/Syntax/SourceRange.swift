/// A position in Markdown source: 1-based line, and 1-based column counted in UTF-8 bytes
/// (as cmark's `sourcepos` does).
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The span of source a node was parsed from; both ends are inclusive, as in cmark.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public static let zero = SourceRange(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0))

    public var description: String { "\(start)-\(end)" }
}
