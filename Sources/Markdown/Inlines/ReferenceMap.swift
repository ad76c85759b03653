/// A link reference definition's target (CommonMark §4.7).
struct LinkReference: Equatable {
    var destination: String
    var title: String
}

/// The link reference definitions of a document, by normalized label; the first wins.
struct ReferenceMap {
    private var storage: [String: LinkReference] = [:]

    subscript(label: String) -> LinkReference? {
        storage[ReferenceMap.normalize(label)]
    }

    mutating func add(label: String, reference: LinkReference) {
        let key = ReferenceMap.normalize(label)
        if storage[key] == nil { storage[key] = reference }
    }

    var isEmpty: Bool { storage.isEmpty }

    /// Unicode case fold and collapse internal whitespace (STUB: refined by the inline parser).
    static func normalize(_ label: String) -> String {
        label.lowercased().uppercased().lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .joined(separator: " ")
    }
}

/// Parses link reference definitions at the start of a paragraph (CommonMark §4.7).
enum LinkReferenceDefinitionParser {
    /// Parses one definition starting at `start` in a paragraph's raw content; returns its
    /// label, target and the offset just past it (after its line ending), or nil.
    /// (STUB until the inline parser lands.)
    static func parse(_ bytes: [UInt8], from start: Int) -> (label: String, reference: LinkReference, end: Int)? {
        nil
    }
}
