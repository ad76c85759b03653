import Markdown

/// Maps positions in a body (Markdown's line, UTF-8 byte column) to file positions (line,
/// character column).
struct BodyPositionMap {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    let bodyStartLine: Int

    init(body: String, bodyStartLine: Int) {
        bytes = Array(body.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
        self.bodyStartLine = bodyStartLine
    }

    /// The file position of a Markdown source position of the body.
    func position(_ position: SourcePosition) -> TextPosition {
        let line = max(1, position.line)
        return TextPosition(line: bodyStartLine + line - 1, column: characterColumn(line: line, byteColumn: position.column))
    }

    /// The character column of byte column `byteColumn` (1-based) of body line `line`.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return 1 }
        let start = lineStarts[line - 1]
        let end = min(bytes.count, start + byteColumn - 1)
        guard start < end else { return 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    }
}
