/// Links and images (CommonMark §6.3, §6.4): `[` and `![` go on the bracket stack; a `]`
/// looks for an inline destination or a reference and, if one matches, wraps what follows
/// the opener into the link.
extension InlineSubject {
    mutating func pushBracket(cell: Int, isImage: Bool) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        if brackets.capacity == 0 { brackets.reserveCapacity(4) }
        brackets.append(Bracket(cell: cell, position: position, isImage: isImage))
    }

    private mutating func popBracket() {
        brackets.removeLast()
        inactiveLinkOpenersBelow = min(inactiveLinkOpenersBelow, brackets.count)
    }

    mutating func handleCloseBracket() {
        let bracketStart = position
        position += 1
        let afterBracket = position
        guard let opener = brackets.last else {
            tree.append(.text, start: bracketStart, end: afterBracket, source: bracketStart..<afterBracket)
            return
        }
        // A link opener made inactive by an earlier link in its text stays literal.
        if !opener.isImage, brackets.count - 1 < inactiveLinkOpenersBelow {
            popBracket()
            tree.append(.text, start: bracketStart, end: afterBracket, source: bracketStart..<afterBracket)
            return
        }

        if let target = inlineTarget(after: afterBracket) ?? referenceTarget(opener, afterBracket: afterBracket) {
            // A match: resolve the emphasis inside the link text first, then wrap it.
            processEmphasis(stackBottom: opener.position)
            let index = tree.addTarget(destination: target.destination, title: target.title)
            tree.wrap(
                after: opener.cell, before: -1, kind: opener.isImage ? .image(index) : .link(index),
                start: tree[opener.cell].start, end: position)
            tree.remove(opener.cell)
            popBracket()
            // Links may not contain links: every earlier link opener is now inactive.
            if !opener.isImage { inactiveLinkOpenersBelow = brackets.count }
            return
        }

        popBracket()
        position = afterBracket
        tree.append(.text, start: bracketStart, end: afterBracket, source: bracketStart..<afterBracket)
    }

    /// An inline link's `(destination "title")` right after `]`; moves past it on success.
    private mutating func inlineTarget(after start: Int) -> LinkReference? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "(") else { return nil }
        let destinationStart = LinkScanner.skipWhitespace(bytes, from: start + 1)
        guard let destination = LinkScanner.scanDestination(bytes, from: destinationStart) else { return nil }
        let titleStart = LinkScanner.skipWhitespace(bytes, from: destination.end)
        // A title must be separated from the destination by whitespace.
        var titleEnd = titleStart
        if titleStart > destination.end, let end = LinkScanner.scanTitle(bytes, from: titleStart) { titleEnd = end }
        let close = LinkScanner.skipWhitespace(bytes, from: titleEnd)
        guard close < bytes.count, bytes[close] == UInt8(ascii: ")") else { return nil }
        position = close + 1
        return LinkReference(
            destination: LinkScanner.unescape(bytes, destination.content),
            title: titleEnd > titleStart ? LinkScanner.unescape(bytes, (titleStart + 1)..<(titleEnd - 1)) : "")
    }

    /// A full (`[text][label]`), collapsed (`[label][]`) or shortcut (`[label]`) reference
    /// link whose label is defined; moves past the second label on success.
    private mutating func referenceTarget(_ opener: Bracket, afterBracket: Int) -> LinkReference? {
        guard !references.isEmpty else { return nil }
        var label: Range<Int>?
        var end = afterBracket
        if let scanned = LinkScanner.scanLabel(bytes, from: afterBracket) {
            end = scanned.end
            label = scanned.content
        }
        // Collapsed (`[]`) or shortcut: the link text is the label, unless it has brackets.
        if label.map(isBlank) ?? true, !opener.bracketAfter {
            label = opener.position..<(afterBracket - 1)
        }
        guard let label, label.count <= LinkScanner.maximumLabelLength,
            let reference = references.lookup(bytes, label)
        else { return nil }
        position = end
        return reference
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        for index in range where !CharacterClass.isASCIIWhitespace(bytes[index]) { return false }
        return true
    }
}
