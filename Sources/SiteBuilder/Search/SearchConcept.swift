/// One word of a query as the ranking scores it: every way a sentence can match it (the
/// word's own stems, and the members of the synonym groups the query holds), with what each
/// counts. A sentence counts once for the concept, as a match of the word itself when one of
/// the alternatives of weight 1 is there, else as a synonym's (see `BM25F`).
struct SearchConcept: Equatable, Sendable {
    /// A sentence matches when it holds every stem; `weight` is 1 for the query's own word
    /// and `BM25F.synonymWeight` for a synonym.
    struct Alternative: Equatable, Sendable {
        var stems: [String]
        var weight: Double
    }

    /// The query word's own stems first (prefix completions, typo corrections), then its
    /// synonyms; no two with the same stems.
    private(set) var alternatives: [Alternative] = []

    /// Adds a way to match, or raises the weight of the same one already there.
    mutating func add(_ stems: [String], weight: Double) {
        if let i = alternatives.firstIndex(where: { $0.stems == stems }) {
            alternatives[i].weight = max(alternatives[i].weight, weight)
        } else {
            alternatives.append(Alternative(stems: stems, weight: weight))
        }
    }
}
