/// The state of parsing one leaf's inlines (cmark's `subject`): the bytes, the position,
/// the cells made so far and the delimiter and bracket stacks.
struct InlineSubject {
    let bytes: UnsafeBufferPointer<UInt8>
    let references: ReferenceMap
    let options: MarkdownOptions
    let strikethrough: Bool
    let autolink: Bool
    /// Bytes at which the plain-text scan stops.
    let special: SpecialBytes

    var position = 0
    var tree: InlineTree

    // Emphasis (§6.2): the delimiter list, doubly linked through `delimiters`.
    var delimiters: [Delimiter] = []
    var lastDelimiter = -1
    /// `processEmphasis`'s per-kind search floors, kept to reuse the storage.
    var openersBottom: [Int] = []

    // Links (§6.3): open `[` and `![`; link openers below this depth are inactive
    // because a link was made after them (links may not contain links).
    var brackets: [Bracket] = []
    var inactiveLinkOpenersBelow = 0

    // Code spans (§6.1): the start of the last backtick run of each length seen by a scan
    // that reached the end, so an opener with no closer costs O(1) after the first scan.
    var lastBacktickRun: [Int] = []
    var scannedForBackticks = false

    var rawHTML = RawHTMLScanner()

    init(bytes: UnsafeBufferPointer<UInt8>, references: ReferenceMap, options: MarkdownOptions) {
        self.bytes = bytes
        self.references = references
        self.options = options
        strikethrough = options.extensions.contains(.strikethrough)
        autolink = options.extensions.contains(.autolink)
        special = SpecialBytes.for(strikethrough: strikethrough, autolink: autolink)
        tree = InlineTree(sourceCount: bytes.count)
    }

    /// A subject whose arrays come from `storage` (see `recycle(into:)`).
    init(bytes: UnsafeBufferPointer<UInt8>, references: ReferenceMap, options: MarkdownOptions, storage: inout InlineStorage) {
        self.bytes = bytes
        self.references = references
        self.options = options
        strikethrough = options.extensions.contains(.strikethrough)
        autolink = options.extensions.contains(.autolink)
        special = SpecialBytes.for(strikethrough: strikethrough, autolink: autolink)
        tree = InlineTree(sourceCount: bytes.count, storage: &storage)
        swap(&delimiters, &storage.delimiters)
        swap(&openersBottom, &storage.openersBottom)
        swap(&brackets, &storage.brackets)
        swap(&lastBacktickRun, &storage.lastBacktickRun)
    }

    /// Hands the arrays back to `storage`, emptied but with their memory, for the next leaf.
    mutating func recycle(into storage: inout InlineStorage) {
        tree.recycle(into: &storage)
        delimiters.removeAll(keepingCapacity: true)
        openersBottom.removeAll(keepingCapacity: true)
        brackets.removeAll(keepingCapacity: true)
        lastBacktickRun.removeAll(keepingCapacity: true)
        swap(&delimiters, &storage.delimiters)
        swap(&openersBottom, &storage.openersBottom)
        swap(&brackets, &storage.brackets)
        swap(&lastBacktickRun, &storage.lastBacktickRun)
    }


    /// Parses every inline, then resolves the emphasis that is left (§6.2, "process
    /// emphasis" with no stack bottom).
    ///
    /// `plainTextEnd` is where the caller's scan found the first special byte: what comes
    /// before it is plain text, taken without scanning again.
    mutating func parse(plainTextEnd: Int) {
        if plainTextEnd > 0 { appendText(from: 0, to: plainTextEnd) }
        while position < bytes.count { parseInline() }
        processEmphasis(stackBottom: -1)
    }

    private mutating func parseInline() {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            handleNewline()
        case UInt8(ascii: "`"):
            handleBackticks()
        case UInt8(ascii: "\\"):
            handleBackslash()
        case UInt8(ascii: "&"):
            handleEntity()
        case UInt8(ascii: "<"):
            handlePointyBrace()
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
            handleDelimiterRun(byte)
        case UInt8(ascii: "~") where strikethrough:
            handleTildes()
        case UInt8(ascii: "["):
            let cell = tree.append(.text, start: position, end: position + 1, source: position..<(position + 1))
            position += 1
            pushBracket(cell: cell, isImage: false)
        case UInt8(ascii: "]"):
            handleCloseBracket()
        case UInt8(ascii: "!"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "[") {
                let cell = tree.append(.text, start: position, end: position + 2, source: position..<(position + 2))
                position += 2
                pushBracket(cell: cell, isImage: true)
            } else {
                appendText(from: position)
            }
        case UInt8(ascii: "w") where autolink:
            if brackets.isEmpty, let end = ExtendedAutolink.matchWWW(bytes, at: position) {
                appendAutolink(position..<end, destinationPrefix: "http://")
            } else {
                appendText(from: position)
            }
        case UInt8(ascii: ":") where autolink:
            handleColon()
        default:
            appendText(from: position)
        }
    }

    /// Plain text from `start` to the next special byte; spaces before a line ending are
    /// dropped (they make a hard line break or nothing, §6.7, §6.8).
    private mutating func appendText(from start: Int) {
        appendText(from: start, to: special.firstIndex(in: bytes, from: start + 1))
    }

    /// Plain text from `start` to `end`, a special byte or the end of the text.
    private mutating func appendText(from start: Int, to end: Int) {
        position = end
        var textEnd = end
        if end < bytes.count, CharacterClass.isLineEnding(bytes[end]) {
            while textEnd > start, CharacterClass.isASCIIWhitespace(bytes[textEnd - 1]) { textEnd -= 1 }
        }
        guard textEnd > start else { return }
        tree.append(.text, start: start, end: textEnd, source: start..<textEnd)
    }

    /// A line ending: a hard break after two or more spaces, otherwise a soft break (§6.7,
    /// §6.8). Spaces at the start of the next line are skipped.
    private mutating func handleNewline() {
        let lineEnd = position
        if bytes[position] == UInt8(ascii: "\r") { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
        let breakEnd = position
        position = LinkScanner.skipSpaces(bytes, from: position)
        if lineEnd >= 2, bytes[lineEnd - 1] == UInt8(ascii: " "), bytes[lineEnd - 2] == UInt8(ascii: " ") {
            var spaces = lineEnd
            while spaces > 0, bytes[spaces - 1] == UInt8(ascii: " ") { spaces -= 1 }
            tree.append(.lineBreak, start: spaces, end: breakEnd)
        } else {
            tree.append(.softBreak, start: lineEnd, end: breakEnd)
        }
    }

    /// A backslash escapes ASCII punctuation (§2.4) or, before a line ending, makes a hard
    /// line break (§6.7); otherwise it is literal.
    private mutating func handleBackslash() {
        let start = position
        let next = start + 1
        if next < bytes.count, CharacterClass.isASCIIPunctuation(bytes[next]) {
            tree.append(.text, start: start, end: next + 1, source: next..<(next + 1))
            position = next + 1
        } else if next < bytes.count, CharacterClass.isLineEnding(bytes[next]) {
            position = next + 1
            if bytes[next] == UInt8(ascii: "\r"), position < bytes.count, bytes[position] == UInt8(ascii: "\n") {
                position += 1
            }
            tree.append(.lineBreak, start: start, end: position)
        } else {
            tree.append(.text, start: start, end: next, source: start..<next)
            position = next
        }
    }

    /// An entity or numeric character reference (§2.5), or a literal `&`.
    private mutating func handleEntity() {
        let start = position
        if let (value, length) = EntityDecoder.decode(bytes, at: start) {
            tree.append(.text, start: start, end: start + length, literal: value)
            position = start + length
        } else {
            tree.append(.text, start: start, end: start + 1, source: start..<(start + 1))
            position = start + 1
        }
    }

    /// `<`: an autolink (§6.5), raw HTML (§6.6), or a literal `<`.
    private mutating func handlePointyBrace() {
        let start = position
        if let end = AutolinkScanner.scanURI(bytes, at: start) {
            appendPointyAutolink(start, end, destinationPrefix: "")
        } else if let end = AutolinkScanner.scanEmail(bytes, at: start) {
            appendPointyAutolink(start, end, destinationPrefix: "mailto:")
        } else if let end = rawHTML.scan(bytes, at: start) {
            tree.append(.html, start: start, end: end, source: start..<end)
            position = end
        } else {
            tree.append(.text, start: start, end: start + 1, source: start..<(start + 1))
            position = start + 1
        }
    }

    /// An autolink's destination and text resolve entity references but not backslash
    /// escapes (§6.5).
    private mutating func appendPointyAutolink(_ start: Int, _ end: Int, destinationPrefix: String) {
        let content = (start + 1)..<(end - 1)
        var decoded: [UInt8] = []
        LinkScanner.appendUnescaped(bytes, content, to: &decoded, backslashes: false)
        let target = tree.addTarget(destination: destinationPrefix + String(decoding: decoded, as: UTF8.self), title: "")
        tree.appendLink(.link(target), range: start..<end, text: decoded, textRange: content)
        position = end
    }

    /// GFM: `http://`, `https://` or `ftp://` before which the scheme was already emitted
    /// as text; the scheme moves from that text into the link.
    private mutating func handleColon() {
        let colon = position
        var earliest = colon
        let tail = tree.tail
        if brackets.isEmpty, tail >= 0, tree[tail].kind == .text, tree[tail].end == colon,
            tree[tail].literal.count == tree[tail].end - tree[tail].start
        {
            earliest = tree[tail].start
        }
        guard earliest < colon, let range = ExtendedAutolink.matchURL(bytes, colon: colon, earliest: earliest) else {
            appendText(from: colon)
            return
        }
        let rewind = colon - range.lowerBound
        if tree[tail].literal.count == rewind {
            tree.remove(tail)
        } else {
            tree.trimEnd(of: tail, by: rewind)
        }
        appendAutolink(range, destinationPrefix: "")
    }

    /// A GFM extended autolink over `range`, whose text is the source text.
    private mutating func appendAutolink(_ range: Range<Int>, destinationPrefix: String) {
        let source = UnsafeBufferPointer(rebasing: bytes[range])
        let target = tree.addTarget(destination: destinationPrefix + String(decoding: source, as: UTF8.self), title: "")
        tree.appendLink(.link(target), range: range, text: range, textRange: range)
        position = range.upperBound
    }
}
