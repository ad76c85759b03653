/// A link reference definition's target (CommonMark §4.7).
struct LinkReference: Equatable {
    var destination: String
    var title: String
}

/// The link reference definitions of a document, by normalized label; the first wins.
struct ReferenceMap {
    private var storage: [String: LinkReference] = [:]

    subscript(label: String) -> LinkReference? {
        guard !storage.isEmpty, let key = ReferenceMap.normalize(label) else { return nil }
        return storage[key]
    }

    /// Looks up the label whose raw bytes are `range` of `bytes`.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> LinkReference? {
        guard !storage.isEmpty, let key = ReferenceMap.normalize(UnsafeBufferPointer(rebasing: bytes[range])) else {
            return nil
        }
        return storage[key]
    }

    mutating func add(label: String, reference: LinkReference) {
        guard let key = ReferenceMap.normalize(label) else { return }
        if storage[key] == nil { storage[key] = reference }
    }

    var isEmpty: Bool { storage.isEmpty }

    /// The matching key of a label (§4.7): Unicode case fold, internal whitespace collapsed
    /// to one space, ends trimmed; nil for a label with no non-whitespace character.
    static func normalize(_ label: String) -> String? {
        var label = label
        return label.withUTF8 { normalize($0) }
    }

    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var isASCII = true
        for byte in bytes {
            if CharacterClass.isASCIIWhitespace(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            if byte >= 0x80 { isASCII = false }
            // ASCII fast path: fold A–Z here; non-ASCII labels are folded below.
            out.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
        }
        guard !out.isEmpty else { return nil }
        let collapsed = String(decoding: out, as: UTF8.self)
        if isASCII { return collapsed }
        // Lower, upper, lower again approximates Unicode full case folding closely enough
        // that labels equal under folding compare equal (`ẞ` and `SS` both become `ss`).
        return collapsed.lowercased().uppercased().lowercased()
    }
}

/// Parses link reference definitions at the start of a paragraph (CommonMark §4.7).
enum LinkReferenceDefinitionParser {
    /// Parses one definition starting at `start` in a paragraph's raw content; returns its
    /// label, target and the offset just past it (after its line ending), or nil.
    static func parse(_ bytes: [UInt8], from start: Int) -> (label: String, reference: LinkReference, end: Int)? {
        bytes.withUnsafeBufferPointer { parse($0, from: start) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (label: String, reference: LinkReference, end: Int)? {
        // Label, then `:`.
        let labelStart = LinkScanner.skipSpaces(bytes, from: start)
        guard let label = LinkScanner.scanLabel(bytes, from: labelStart),
            label.end < bytes.count, bytes[label.end] == UInt8(ascii: ":"),
            let key = ReferenceMap.normalize(UnsafeBufferPointer(rebasing: bytes[label.content])), !key.isEmpty
        else { return nil }

        // Destination, after optional whitespace including up to one line ending.
        let destinationStart = LinkScanner.skipSpacesAndOneLineEnding(bytes, from: label.end + 1)
        guard destinationStart < bytes.count,
            let destination = LinkScanner.scanDestination(bytes, from: destinationStart),
            destination.end > destinationStart,
            bytes[destinationStart] == UInt8(ascii: "<") || destination.end > destinationStart
        else { return nil }
        let reference = { (title: Range<Int>?) in
            LinkReference(
                destination: LinkScanner.unescape(bytes, destination.content),
                title: title.map { LinkScanner.unescape(bytes, $0) } ?? "")
        }

        // An optional title, separated from the destination by whitespace; then nothing but
        // spaces up to the end of the line. If the title's line has more, the definition
        // ends after the destination (when that line is clean).
        let titleStart = LinkScanner.skipSpacesAndOneLineEnding(bytes, from: destination.end)
        if titleStart > destination.end, let titleEnd = LinkScanner.scanTitle(bytes, from: titleStart),
            let end = lineEnd(bytes, from: titleEnd)
        {
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[label.content]), as: UTF8.self),
                reference((titleStart + 1)..<(titleEnd - 1)), end)
        }
        guard let end = lineEnd(bytes, from: destination.end) else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[label.content]), as: UTF8.self), reference(nil), end)
    }

    /// The offset past the line ending (or the end of input) if only spaces and tabs follow.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = LinkScanner.skipSpaces(bytes, from: start)
        if index == bytes.count { return index }
        if bytes[index] == UInt8(ascii: "\r") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            return index
        }
        if bytes[index] == UInt8(ascii: "\n") { return index + 1 }
        return nil
    }
}
