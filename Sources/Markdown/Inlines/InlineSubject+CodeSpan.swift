/// Code spans (CommonMark §6.1).
extension InlineSubject {
    /// A backtick run opens a code span if a run of the same length follows; otherwise it
    /// is literal text.
    mutating func handleBackticks() {
        let start = position
        var contentStart = start
        while contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "`") { contentStart += 1 }
        let length = contentStart - start
        guard let closer = closingBackticks(from: contentStart, length: length) else {
            tree.append(.text, start: start, end: contentStart, source: start..<contentStart)
            position = contentStart
            return
        }
        let end = closer + length
        tree.append(.code, start: start, end: end, literal: normalizedCode(contentStart..<closer))
        position = end
    }

    /// The start of the first backtick run of exactly `length` at or after `start`.
    ///
    /// Like cmark, a scan that reaches the end records the last run of every length, so
    /// later openers with no closer are rejected without scanning again.
    private mutating func closingBackticks(from start: Int, length: Int) -> Int? {
        if scannedForBackticks {
            guard length < lastBacktickRun.count, lastBacktickRun[length] >= start else { return nil }
        }
        var index = start
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let runStart = index
            while index < bytes.count, bytes[index] == UInt8(ascii: "`") { index += 1 }
            let runLength = index - runStart
            if runLength >= lastBacktickRun.count {
                lastBacktickRun.append(contentsOf: repeatElement(-1, count: runLength + 1 - lastBacktickRun.count))
            }
            lastBacktickRun[runLength] = runStart
            if runLength == length { return runStart }
        }
        scannedForBackticks = true
        return nil
    }

    /// Line endings become spaces; one space is stripped from each end if both ends have
    /// one and the content is not all spaces.
    private func normalizedCode(_ range: Range<Int>) -> [UInt8] {
        var code: [UInt8] = []
        code.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") {
                code.append(UInt8(ascii: " "))
                if index + 1 < range.upperBound, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            } else if byte == UInt8(ascii: "\n") {
                code.append(UInt8(ascii: " "))
            } else {
                code.append(byte)
            }
            index += 1
        }
        if code.count >= 2, code.first == UInt8(ascii: " "), code.last == UInt8(ascii: " "),
            code.contains(where: { $0 != UInt8(ascii: " ") })
        {
            code.removeLast()
            code.removeFirst()
        }
        return code
    }
}
