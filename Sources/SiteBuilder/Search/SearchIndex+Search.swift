/// Searching the index. `site/js/search.js` implements the same steps for the browser; this
/// is the reference the tests and the JavaScript consistency check use.
extension SearchIndex {
    /// One found article: its title and the sentence that matches the query best.
    struct Result: Equatable, Sendable {
        var url: String
        var title: String
        var sentence: String
    }

    /// What a search shows: the text actually searched (the query, or the query converted
    /// from the wrong keyboard layout when the query as typed found nothing) and the results.
    struct Response: Equatable, Sendable {
        var query: String
        var results: [Result]
    }

    /// The results for `query`, best first.
    func search(_ query: String) -> [Result] { respond(to: query).results }

    /// The query as typed; if it finds nothing, the query as if typed in the Russian layout;
    /// then as if typed in the Latin layout. The first that finds something wins.
    func respond(to query: String) -> Response {
        let results = self.results(for: SearchQuery(query))
        if !results.isEmpty { return Response(query: query, results: results) }
        for converted in [KeyboardLayout.toCyrillic(query), KeyboardLayout.toLatin(query)] where converted != query {
            let alternative = self.results(for: SearchQuery(converted))
            if !alternative.isEmpty { return Response(query: converted, results: alternative) }
        }
        return Response(query: query, results: [])
    }

    /// Every document that contains every term (in its title or any sentence), ranked by the
    /// number of terms in its title plus the number in its best sentence; ties go to more
    /// terms in the title, then to the URL in code point order. The best sentence is the one
    /// with most terms, the earliest on a tie, or the first sentence when only the title
    /// matches.
    func results(for query: SearchQuery) -> [Result] {
        guard !query.terms.isEmpty else { return [] }
        // For each entry, how many terms it contains; for each document, which terms it has.
        var termsInEntry: [Int: Int] = [:]
        var termsInDocument: [Int: Set<Int>] = [:]
        for (t, term) in query.terms.enumerated() {
            var ids = Set<Int>()
            for stem in stems(matching: term) { ids.formUnion(postings[stem] ?? []) }
            for id in ids {
                termsInEntry[id, default: 0] += 1
                termsInDocument[document(containing: id), default: []].insert(t)
            }
        }
        var ranked: [(result: Result, title: Int, score: Int)] = []
        for (d, terms) in termsInDocument where terms.count == query.terms.count {
            let document = documents[d]
            let start = blockStarts[d]
            let titleHits = termsInEntry[start] ?? 0
            var best = 0
            var bestHits = 0
            for s in document.sentences.indices {
                let hits = termsInEntry[start + 1 + s] ?? 0
                if hits > bestHits { (best, bestHits) = (s, hits) }
            }
            let sentence = document.sentences.isEmpty ? "" : document.sentences[best]
            ranked.append((Result(url: document.url, title: document.title, sentence: sentence), titleHits, titleHits + bestHits))
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.title != b.title { return a.title > b.title }
            return SearchIndex.scalarOrder(a.result.url, b.result.url)
        }
        return ranked.map(\.result)
    }

    /// The indexed stems a term matches: its stem exactly, or every stem it begins when it
    /// is a prefix; failing that, stems one typo away when the stem is long enough.
    func stems(matching term: SearchQuery.Term) -> [String] {
        let stem = Array(term.stem.unicodeScalars)
        var matches: [String]
        if term.isPrefix {
            matches = stems.filter { $0.unicodeScalars.starts(with: stem) }
        } else {
            matches = postings[term.stem] == nil ? [] : [term.stem]
        }
        if matches.isEmpty, stem.count >= SearchQuery.typoMinimumLength {
            matches = stems.filter {
                EditDistance.isWithinOne(stem, Array($0.unicodeScalars), prefixOfB: term.isPrefix)
            }
        }
        return matches
    }

    /// The document whose block holds entry `id`.
    func document(containing id: Int) -> Int {
        var low = 0, high = blockStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if blockStarts[middle] <= id { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
