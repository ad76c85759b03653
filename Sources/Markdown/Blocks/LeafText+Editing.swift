extension LeafText {
    /// The text without its first `count` bytes, positions kept.
    func dropping(prefix count: Int) -> LeafText {
        var result = LeafText(bytes: Array(bytes[count...]))
        // The last line survives as `lineStarts`' would below.
        if let last = lastLine, bytes.count > count || last.offset >= count {
            if last.offset >= count {
                result.lastLine = (offset: last.offset - count, position: last.position)
            } else {
                var position = last.position
                position.column += count - last.offset
                result.lastLine = (offset: 0, position: position)
            }
        }
        for (index, start) in lineStarts.enumerated() {
            let nextOffset = index + 1 < lineStarts.count ? lineStarts[index + 1].offset : bytes.count
            guard nextOffset > count || start.offset >= count else { continue }
            if start.offset >= count {
                result.lineStarts.append((offset: start.offset - count, position: start.position))
            } else {
                var position = start.position
                position.column += count - start.offset
                result.lineStarts.append((offset: 0, position: position))
            }
        }
        return result
    }

    /// The first `count` bytes, positions kept.
    func prefix(_ count: Int) -> LeafText {
        LeafText(bytes: Array(bytes[..<count]), lineStarts: lineStarts.filter { $0.offset < count })
    }

    /// Removes trailing whitespace, as the inline parser wants it (cmark's `rtrim`).
    mutating func trimTrailingWhitespace() {
        var end = bytes.count
        while end > 0, isWhitespace(bytes[end - 1]) { end -= 1 }
        if end < bytes.count { bytes.removeSubrange(end...) }
    }
}
