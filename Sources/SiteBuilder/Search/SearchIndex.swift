import Foundation

/// The search index of one region, built at build time and shipped to the browser as one JSON
/// file (see `SearchIndex+JSON.swift` for the format).
///
/// Every document contributes a block of entries: its title, then its sentences, each with an
/// entry id counted across all documents (documents in URL order). The inverted index maps
/// each stem to the ids of the entries that contain it, so a posting is a single integer and
/// every sentence is stored once. What the ranking needs besides (each entry's document and
/// field, each document's field lengths) follows from the documents, so it is computed here
/// and in `site/js/search.js` rather than shipped.
struct SearchIndex: Equatable, Sendable {
    /// Documents sorted by URL, without empty sentences.
    let documents: [SearchDocument]
    /// Stem → ascending entry ids.
    let postings: [String: [Int]]
    /// The parents' vocabulary the queries are expanded with.
    let synonyms: SynonymTable
    /// The entry id of each document's title; its sentence `j` is `blockStarts[d] + 1 + j`.
    let blockStarts: [Int]
    /// Every stem in ascending Unicode scalar order, for prefix and typo matching.
    let stems: [String]
    /// Entry id → the document it belongs to.
    let entryDocuments: [Int]
    /// Entry id → its field.
    let entryFields: [SearchField]
    /// Document → field → what one matching sentence of that field counts: the field's weight
    /// over BM25's length normalization, `weight / (1 − b + b · length / average length)`.
    let fieldScales: [[Double]]

    /// Builds the index. The result depends only on the set of documents, not their order.
    init(documents: [SearchDocument], synonyms: SynonymTable = .empty) {
        let documents = documents
            .map { document in
                var document = document
                document.sentences = document.sentences.filter { !$0.text.allSatisfy(\.isWhitespace) }
                return document
            }
            .sorted(by: SearchIndex.documentOrder)
        // Postings by stem number first: the text of a stem is hashed once per region.
        let table = EntryStems.shared
        var lists: [Int: [Int]] = [:]
        var wordCounts: [Int] = []
        let texts = documents.flatMap { [$0.title] + $0.sentences.map(\.text) }
        for (id, known) in table.entries(texts).enumerated() {
            for stem in known.stemNumbers { lists[stem, default: []].append(id) }
            wordCounts.append(known.wordCount)
        }
        let numbers = Array(lists.keys)
        let postings = Dictionary(zip(table.stems(numbered: numbers), numbers.map { lists[$0] ?? [] }),
                                  uniquingKeysWith: { ($0 + $1).sorted() })
        self.init(documents: documents, postings: postings, synonyms: synonyms, wordCounts: wordCounts)
    }

    /// An index from its parts, which must be consistent (as `init(documents:synonyms:)` or
    /// the JSON decoder make them).
    init(documents: [SearchDocument], postings: [String: [Int]], synonyms: SynonymTable) {
        self.init(documents: documents, postings: postings, synonyms: synonyms, wordCounts: nil)
    }

    /// `wordCounts`: each entry's length in words when known, in entry id order.
    private init(documents: [SearchDocument], postings: [String: [Int]], synonyms: SynonymTable, wordCounts: [Int]?) {
        self.documents = documents
        self.postings = postings
        self.synonyms = synonyms
        var starts: [Int] = []
        var entryDocuments: [Int] = []
        var entryFields: [SearchField] = []
        var lengths: [[Int]] = []
        func wordCount(_ text: String, entry: Int) -> Int {
            wordCounts?[entry] ?? EntryStems.shared.entry(text).wordCount
        }
        for (d, document) in documents.enumerated() {
            starts.append(entryDocuments.count)
            var length = [Int](repeating: 0, count: SearchField.allCases.count)
            length[SearchField.title.rawValue] = wordCount(document.title, entry: entryDocuments.count)
            entryDocuments.append(d)
            entryFields.append(.title)
            for sentence in document.sentences {
                length[sentence.field.rawValue] += wordCount(sentence.text, entry: entryDocuments.count)
                entryDocuments.append(d)
                entryFields.append(sentence.field)
            }
            lengths.append(length)
        }
        blockStarts = starts
        self.entryDocuments = entryDocuments
        self.entryFields = entryFields
        stems = postings.keys.sorted(by: SearchIndex.scalarOrder)
        fieldScales = BM25F.fieldScales(lengths: lengths)
    }

    /// Unicode scalar (code point) order, the same on every platform.
    /// UTF-8 keeps that order byte by byte, so the bytes are compared, which is faster.
    static func scalarOrder(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { left in
            b.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0, let l = left.baseAddress, let r = right.baseAddress {
                    let order = memcmp(l, r, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }

    static func documentOrder(_ a: SearchDocument, _ b: SearchDocument) -> Bool {
        if a.url != b.url { return scalarOrder(a.url, b.url) }
        if a.title != b.title { return scalarOrder(a.title, b.title) }
        return a.sentences.lexicographicallyPrecedes(b.sentences) { x, y in
            x.text != y.text ? scalarOrder(x.text, y.text) : x.field.rawValue < y.field.rawValue
        }
    }
}
