/// Searching the index. `site/js/search.js` implements the same steps for the browser; this
/// is the reference the tests and the JavaScript consistency check use.
extension SearchIndex {
    /// One found article: its title, the sentence that matches the query best, and its score
    /// in millionths (see `BM25F`).
    struct Result: Equatable, Sendable {
        var url: String
        var title: String
        var sentence: String
        var score: Int
    }

    /// What a search shows: the text actually searched (the query, or the query converted
    /// from the wrong keyboard layout), the results, and whether they answer it only weakly
    /// (nothing found, the best result scores low or matches at most half of the query; then
    /// the page offers other help beside the closest articles).
    struct Response: Equatable, Sendable {
        var query: String
        var results: [Result]
        var isWeak: Bool
    }

    /// A result must score at least this fraction of the best one (1/divisor): with every
    /// word optional, the long tail matches only a common word and helps no one.
    static let cutoffDivisor = 5

    /// The results for `query`, best first.
    func search(_ query: String) -> [Result] { respond(to: query).results }

    /// The query as typed. When its answer is weak, the query as if typed in the Russian
    /// layout, then in the Latin one: the first conversion that finds something wins if the
    /// query as typed found nothing, or if the conversion's answer is not weak.
    func respond(to query: String) -> Response {
        let typed = response(for: query)
        guard typed.isWeak else { return typed }
        for converted in [KeyboardLayout.toCyrillic(query), KeyboardLayout.toLatin(query)] where converted != query {
            let alternative = response(for: converted)
            if !alternative.results.isEmpty, typed.results.isEmpty || !alternative.isWeak { return alternative }
        }
        return typed
    }

    func response(for text: String) -> Response {
        let query = SearchQuery(text)
        guard !query.terms.isEmpty else { return Response(query: text, results: [], isWeak: true) }
        let ranking = rank(query)
        let best = ranking.documents.first?.score ?? 0
        let results = ranking.documents
            .filter { $0.score * SearchIndex.cutoffDivisor >= best }
            .map { result(document: $0.document, score: $0.score, ranking: ranking) }
        return Response(query: text, results: results, isWeak: ranking.isWeak)
    }

    /// Document `d` as a result. Its sentence is the one whose matches weigh most (the sum over
    /// the concepts of IDF × the weight of the concept's match there), the earliest on a tie,
    /// or the first sentence when only the title matches.
    func result(document d: Int, score: Int, ranking: Ranking) -> Result {
        let document = documents[d]
        var best = 0
        var bestValue = 0.0
        for s in document.sentences.indices {
            let id = blockStarts[d] + 1 + s
            var value = 0.0
            for concept in ranking.concepts { value += concept.idf * (concept.entries[id] ?? 0) }
            if value > bestValue { (best, bestValue) = (s, value) }
        }
        let sentence = document.sentences.isEmpty ? "" : document.sentences[best].text
        return Result(url: document.url, title: document.title, sentence: sentence, score: score)
    }
}
