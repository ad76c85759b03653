/// The search index of one region, built at build time and shipped to the browser as one JSON
/// file (see `SearchIndex+JSON.swift` for the format).
///
/// Every document contributes a block of entries: its title, then its sentences, each with an
/// entry id counted across all documents (documents in URL order). The inverted index maps
/// each stem to the ids of the entries that contain it, so a posting is a single integer and
/// every sentence is stored once.
struct SearchIndex: Equatable, Sendable {
    /// Documents sorted by URL, without empty sentences.
    let documents: [SearchDocument]
    /// Stem → ascending entry ids.
    let postings: [String: [Int]]
    /// The entry id of each document's title; its sentence `j` is `blockStarts[d] + 1 + j`.
    let blockStarts: [Int]
    /// Every stem in ascending Unicode scalar order, for prefix and typo matching.
    let stems: [String]

    /// Builds the index. The result depends only on the set of documents, not their order.
    init(documents: [SearchDocument]) {
        let documents = documents
            .map { document in
                var document = document
                document.sentences = document.sentences.filter { !$0.allSatisfy(\.isWhitespace) }
                return document
            }
            .sorted(by: SearchIndex.documentOrder)
        var postings: [String: [Int]] = [:]
        var id = 0
        for document in documents {
            for entry in [document.title] + document.sentences {
                for stem in EntryStems.shared.stems(of: entry) { postings[stem, default: []].append(id) }
                id += 1
            }
        }
        self.init(documents: documents, postings: postings)
    }

    /// An index from its parts, which must be consistent (as `init(documents:)` or the JSON
    /// decoder make them).
    init(documents: [SearchDocument], postings: [String: [Int]]) {
        self.documents = documents
        self.postings = postings
        var starts: [Int] = []
        var next = 0
        for document in documents {
            starts.append(next)
            next += 1 + document.sentences.count
        }
        blockStarts = starts
        stems = postings.keys.sorted(by: SearchIndex.scalarOrder)
    }

    /// Unicode scalar (code point) order, the same on every platform.
    static func scalarOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    static func documentOrder(_ a: SearchDocument, _ b: SearchDocument) -> Bool {
        if a.url != b.url { return scalarOrder(a.url, b.url) }
        if a.title != b.title { return scalarOrder(a.title, b.title) }
        return a.sentences.lexicographicallyPrecedes(b.sentences, by: scalarOrder)
    }
}
