/// Ranked retrieval: how a query becomes concepts (`concepts(for:)`) and how documents are
/// scored against them (`rank(_:)`, BM25F). `site/js/search.js` follows the same steps.
extension SearchIndex {
    /// A ranked answer before it is turned into results.
    struct Ranking {
        /// Every document that matches some concept, best first: score in millionths (see
        /// `BM25F.rounded`), then URL.
        var documents: [(document: Int, score: Int)]
        /// Per concept: its IDF and the weight of each entry that matches it.
        var concepts: [(idf: Double, entries: [Int: Double])]
        /// Whether the best document answers the query only weakly: it scores under
        /// `BM25F.weakScore`, or the IDF of the concepts it matches (each by its best weight
        /// there) is at most half the IDF of all. True when nothing matches.
        var isWeak: Bool
    }

    /// The stems a query word stands for: the indexed stems it matches (its stem exactly, or,
    /// while it is being typed, every stem it begins) and its stem when the synonym table has
    /// it; failing both, when its stem has `SearchQuery.typoMinimumLength` letters or more,
    /// the stems of either kind one edit away.
    func forms(of term: SearchQuery.Term) -> (indexed: [String], synonym: [String]) {
        let stem = Array(term.stem.unicodeScalars)
        var indexed: [String]
        if term.isPrefix {
            indexed = stems.filter { $0.unicodeScalars.starts(with: stem) }
        } else {
            indexed = postings[term.stem] == nil ? [] : [term.stem]
        }
        var synonym = synonyms.stemSet.contains(term.stem) ? [term.stem] : []
        if indexed.isEmpty, synonym.isEmpty, stem.count >= SearchQuery.typoMinimumLength {
            let near = { (candidate: String) in
                EditDistance.isWithinOne(stem, Array(candidate.unicodeScalars), prefixOfB: term.isPrefix)
            }
            indexed = stems.filter(near)
            synonym = synonyms.stems.filter(near)
        }
        return (indexed, synonym)
    }

    /// One concept per query term, in query order. A term's own indexed forms count 1. Then,
    /// for every synonym group member that is in the query (each of its stems is a synonym
    /// form of some term, each of its stop words one of the query's), the other members of
    /// the group, without their stop words, are added to each term that supplied one of its
    /// stems, counting `BM25F.synonymWeight`.
    func concepts(for query: SearchQuery) -> [SearchConcept] {
        var concepts: [SearchConcept] = []
        var synonymForms: [Set<String>] = []
        for term in query.terms {
            let (indexed, synonym) = forms(of: term)
            var concept = SearchConcept()
            for stem in indexed { concept.add([stem], weight: 1) }
            concepts.append(concept)
            synonymForms.append(Set(synonym))
        }
        for group in synonyms.groups {
            for member in group {
                let terms = synonymForms.indices.filter { !synonymForms[$0].isDisjoint(with: member) }
                let isInQuery = member.allSatisfy { stem in
                    query.stopWordsUsed.contains(stem) || terms.contains { synonymForms[$0].contains(stem) }
                }
                guard isInQuery else { continue }
                for other in group where other != member {
                    for t in terms { concepts[t].add(SynonymTable.indexedStems(of: other), weight: BM25F.synonymWeight) }
                }
            }
        }
        return concepts
    }

    /// The ascending ids of the entries that hold every stem of `stems`.
    func entries(containingAll stems: [String]) -> [Int] {
        guard let first = stems.first else { return [] }
        var ids = postings[first] ?? []
        for stem in stems.dropFirst() where !ids.isEmpty {
            let other = Set(postings[stem] ?? [])
            ids = ids.filter(other.contains)
        }
        return ids
    }

    /// Scores every document against the query's concepts with BM25F.
    func rank(_ query: SearchQuery) -> Ranking {
        let concepts = self.concepts(for: query)
        let n = documents.count
        var scored: [(idf: Double, entries: [Int: Double])] = []
        var scores = [Double](repeating: 0, count: n)
        var matched = [Bool](repeating: false, count: n)
        for concept in concepts {
            var weights: [Int: Double] = [:]
            for alternative in concept.alternatives {
                for id in entries(containingAll: alternative.stems) { weights[id] = max(weights[id] ?? 0, alternative.weight) }
            }
            // Sum in ascending entry order, as search.js does, so the doubles agree.
            var ownTF: [Int: Double] = [:]
            var anyTF: [Int: Double] = [:]
            var head: [Int: Double] = [:]
            for id in weights.keys.sorted() {
                let d = entryDocuments[id]
                let field = entryFields[id]
                let scale = fieldScales[d][field.rawValue]
                let weight = weights[id] ?? 0
                anyTF[d, default: 0] += scale
                if weight == 1 { ownTF[d, default: 0] += scale }
                head[d] = max(head[d] ?? 0, field.presenceWeight * weight)
            }
            let idf = BM25F.idf(documentFrequency: anyTF.count, documentCount: n)
            for (d, tf) in anyTF {
                scores[d] += BM25F.conceptScore(idf: idf, ownTF: ownTF[d] ?? 0, anyTF: tf, head: head[d] ?? 0)
                matched[d] = true
            }
            scored.append((idf, weights))
        }
        var ranked: [(document: Int, score: Int)] = []
        for d in 0..<n where matched[d] { ranked.append((d, BM25F.rounded(scores[d]))) }
        ranked.sort { a, b in
            a.score != b.score ? a.score > b.score : SearchIndex.scalarOrder(documents[a.document].url, documents[b.document].url)
        }
        let isWeak = ranked.first.map { isWeakAnswer(document: $0.document, score: $0.score, concepts: scored) } ?? true
        return Ranking(documents: ranked, concepts: scored, isWeak: isWeak)
    }

    /// Whether document `d`, the best, answers the query only weakly (see `Ranking.isWeak`).
    func isWeakAnswer(document d: Int, score: Int, concepts: [(idf: Double, entries: [Int: Double])]) -> Bool {
        var total = 0.0
        var covered = 0.0
        for concept in concepts {
            total += concept.idf
            var weight = 0.0
            for id in blockStarts[d]..<blockEnd(d) { weight = max(weight, concept.entries[id] ?? 0) }
            covered += concept.idf * weight
        }
        return score < BM25F.weakScore || covered * 2 <= total
    }

    /// One past the last entry id of document `d`.
    func blockEnd(_ d: Int) -> Int {
        blockStarts[d] + 1 + documents[d].sentences.count
    }
}
