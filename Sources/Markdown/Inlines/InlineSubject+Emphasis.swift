/// Emphasis, strong emphasis (CommonMark §6.2) and GFM strikethrough: delimiter runs are
/// pushed as they are scanned and resolved by `processEmphasis`, as in cmark.
extension InlineSubject {
    /// A run of `*` or `_`: left- and right-flanking decide whether it can open or close.
    mutating func handleDelimiterRun(_ byte: UInt8) {
        let start = position
        var end = start
        while end < bytes.count, bytes[end] == byte { end += 1 }
        position = end
        // cmark-gfm looks through `~` (an emphasis-like extension character) to find the
        // characters around a `*` or `_` run.
        var before = start
        var after = end
        if strikethrough {
            while before > 0, bytes[before - 1] == UInt8(ascii: "~") { before -= 1 }
            while after < bytes.count, bytes[after] == UInt8(ascii: "~") { after += 1 }
        }
        let flanking = flanking(before, after)
        let canOpen: Bool
        let canClose: Bool
        if byte == UInt8(ascii: "_") {
            // `_` inside a word neither opens nor closes (rules 2 and 4).
            canOpen = flanking.left && (!flanking.right || flanking.punctuationBefore)
            canClose = flanking.right && (!flanking.left || flanking.punctuationAfter)
        } else {
            canOpen = flanking.left
            canClose = flanking.right
        }
        let cell = tree.append(.text, start: start, end: end, source: start..<end)
        if canOpen || canClose {
            pushDelimiter(Delimiter(byte: byte, canOpen: canOpen, canClose: canClose, length: end - start, cell: cell, position: end))
        }
    }

    /// GFM strikethrough: a run of one or two `~` that is flanking may open or close;
    /// longer runs are text (cmark-gfm's `strikethrough.c`).
    mutating func handleTildes() {
        let start = position
        var end = start
        while end < bytes.count, bytes[end] == UInt8(ascii: "~") { end += 1 }
        position = end
        let flanking = flanking(start, end)
        let cell = tree.append(.text, start: start, end: end, source: start..<end)
        if (flanking.left || flanking.right), end - start <= 2 {
            pushDelimiter(Delimiter(
                byte: UInt8(ascii: "~"), canOpen: flanking.left, canClose: flanking.right, length: end - start,
                cell: cell, position: end))
        }
    }

    /// Left- and right-flanking for a run between `start` and `end` (§6.2), with Unicode whitespace
    /// and punctuation (symbols included) on either side; the ends of the text count as
    /// whitespace.
    private func flanking(_ start: Int, _ end: Int)
        -> (left: Bool, right: Bool, punctuationBefore: Bool, punctuationAfter: Bool)
    {
        let before = CharacterClass.scalar(before: start, in: bytes)
        let after = CharacterClass.scalar(at: end, in: bytes)
        let spaceBefore = CharacterClass.isUnicodeWhitespace(before)
        let spaceAfter = CharacterClass.isUnicodeWhitespace(after)
        let punctuationBefore = CharacterClass.isUnicodePunctuation(before)
        let punctuationAfter = CharacterClass.isUnicodePunctuation(after)
        let left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore)
        let right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)
        return (left, right, punctuationBefore, punctuationAfter)
    }

    private mutating func pushDelimiter(_ delimiter: Delimiter) {
        var delimiter = delimiter
        let index = delimiters.count
        delimiter.previous = lastDelimiter
        // Room for several at once: growing from one element reallocates at every push.
        if delimiters.isEmpty { delimiters.reserveCapacity(8) }
        delimiters.append(delimiter)
        if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
        lastDelimiter = index
    }

    private mutating func removeDelimiter(_ index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if previous >= 0 { delimiters[previous].next = next }
        if next >= 0 { delimiters[next].previous = previous } else { lastDelimiter = previous }
        delimiters[index].previous = -1
        delimiters[index].next = -1
    }

    /// Resolves the delimiters whose position is at or after `stackBottom` (§6.2, "process
    /// emphasis"). `openersBottom` remembers, per kind of closer, how far down a search
    /// already failed, so the whole pass is linear.
    mutating func processEmphasis(stackBottom: Int) {
        // Nothing to resolve (most leaves, and most link texts): no work, no allocation.
        guard lastDelimiter >= 0, delimiters[lastDelimiter].position >= stackBottom else { return }
        // Slots: `*` 0–5, `_` 6–11, `~` 12–17, by can-open and length modulo 3. The array
        // is kept in the subject and reset here, so a leaf allocates it at most once.
        if openersBottom.isEmpty {
            openersBottom = [Int](repeating: stackBottom, count: 18)
        } else {
            for slot in openersBottom.indices { openersBottom[slot] = stackBottom }
        }

        var closer = -1
        var candidate = lastDelimiter
        while candidate >= 0, delimiters[candidate].position >= stackBottom {
            closer = candidate
            candidate = delimiters[candidate].previous
        }

        while closer >= 0 {
            let current = delimiters[closer]
            guard current.canClose else {
                closer = current.next
                continue
            }
            let kind = current.byte == UInt8(ascii: "*") ? 0 : current.byte == UInt8(ascii: "_") ? 6 : 12
            let slot = kind + (current.canOpen ? 3 : 0) + current.length % 3

            var opener = current.previous
            var found = false
            while opener >= 0, delimiters[opener].position >= openersBottom[slot] {
                let candidate = delimiters[opener]
                if candidate.canOpen, candidate.byte == current.byte {
                    // Rule of 3: a run that can both open and close matches only if the
                    // lengths' sum is not a multiple of 3 unless both are.
                    if !(current.canOpen || candidate.canClose) || current.length % 3 == 0
                        || (candidate.length + current.length) % 3 != 0
                    {
                        found = true
                        break
                    }
                }
                opener = candidate.previous
            }

            let oldCloser = closer
            if found {
                closer = current.byte == UInt8(ascii: "~")
                    ? insertStrikethrough(opener: opener, closer: closer)
                    : insertEmphasis(opener: opener, closer: closer)
            } else {
                closer = current.next
                openersBottom[slot] = current.position
                // A closer that cannot open and found no opener is done with.
                if !current.canOpen { removeDelimiter(oldCloser) }
            }
        }

        while lastDelimiter >= 0, delimiters[lastDelimiter].position >= stackBottom {
            removeDelimiter(lastDelimiter)
        }
    }

    /// Wraps the cells between `opener` and `closer` in emphasis (one delimiter each) or
    /// strong emphasis (two each); returns the next closer to consider.
    private mutating func insertEmphasis(opener: Int, closer: Int) -> Int {
        let openerCell = delimiters[opener].cell
        let closerCell = delimiters[closer].cell
        let openerCount = tree[openerCell].literal.count
        let closerCount = tree[closerCell].literal.count
        let used = openerCount >= 2 && closerCount >= 2 ? 2 : 1

        // The used characters are those next to the content.
        tree.trimEnd(of: openerCell, by: used)
        tree.trimStart(of: closerCell, by: used)

        // Delimiters between them can no longer match anything.
        var between = delimiters[closer].previous
        while between >= 0, between != opener {
            let previous = delimiters[between].previous
            removeDelimiter(between)
            between = previous
        }

        tree.wrap(
            after: openerCell, before: closerCell, kind: used == 1 ? .emphasis : .strong,
            start: tree[openerCell].end, end: tree[closerCell].start)

        if openerCount == used {
            tree.remove(openerCell)
            removeDelimiter(opener)
        }
        if closerCount == used {
            tree.remove(closerCell)
            let next = delimiters[closer].next
            removeDelimiter(closer)
            return next
        }
        return closer
    }

    /// GFM: `~`/`~~` pairs of equal length make a strikethrough. A closer whose nearest
    /// opener has the other length is passed over and that opener stays available, as the
    /// reference cmark-gfm (0.29.0.gfm.6) does: `~~a~ b~~` strikes `a~ b`.
    private mutating func insertStrikethrough(opener: Int, closer: Int) -> Int {
        let next = delimiters[closer].next
        let openerCell = delimiters[opener].cell
        let closerCell = delimiters[closer].cell
        guard tree[openerCell].literal.count == tree[closerCell].literal.count else {
            // A closer that cannot open is never looked at again; dropping it keeps later
            // opener searches from walking over it.
            if !delimiters[closer].canOpen { removeDelimiter(closer) }
            return next
        }
        tree.wrap(
            after: openerCell, before: closerCell, kind: .strikethrough,
            start: tree[openerCell].start, end: tree[closerCell].end)
        tree.remove(openerCell)
        tree.remove(closerCell)
        var delimiter = closer
        while delimiter >= 0, delimiter != opener {
            let previous = delimiters[delimiter].previous
            removeDelimiter(delimiter)
            delimiter = previous
        }
        removeDelimiter(opener)
        return next
    }
}
