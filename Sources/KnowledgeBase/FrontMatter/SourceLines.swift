/// The lines of a file as UTF-8 byte ranges, so that finding the closing `---` of a long file
/// does not decode its body. A trailing `\r` is not part of a line; a leading byte-order mark
/// is skipped.
struct SourceLines {
    private let bytes: [UInt8]
    /// The byte range of each line, without its line ending.
    private let ranges: [Range<Int>]
    /// Where each line starts, for `text(after:)`.
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var starts: [Int] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                starts.append(start)
                ranges.append(start..<end)
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count {
            starts.append(start)
            let end = bytes[bytes.count - 1] == UInt8(ascii: "\r") ? bytes.count - 1 : bytes.count
            ranges.append(start..<end)
        }
        self.ranges = ranges
        self.starts = starts
    }

    var count: Int { ranges.count }
    var indices: Range<Int> { ranges.indices }

    /// Whether line `index` is `---`, optionally followed by spaces.
    func isDelimiter(_ index: Int) -> Bool {
        let line = bytes[ranges[index]]
        guard line.starts(with: [0x2D, 0x2D, 0x2D]) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// The text of line `index`, without its line ending.
    func text(of index: Int) -> String {
        String(decoding: bytes[ranges[index]], as: UTF8.self)
    }

    /// Everything after line `index` and its line ending.
    func text(after index: Int) -> String {
        let next = index + 1
        guard next < starts.count else { return "" }
        return String(decoding: bytes[starts[next]...], as: UTF8.self)
    }
}
