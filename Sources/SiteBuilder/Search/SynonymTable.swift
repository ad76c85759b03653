/// The parents' vocabulary (`Articles/search/synonyms.md`) as the search uses it: groups of
/// words and phrases that mean the same, each member written as its words stemmed as a query
/// stems them, stop words kept as they are («учётная запись» is `[учетн, запис]`, «не
/// пускает» is `[не, пуска]`).
///
/// A member is *in* a query when each of its stems is a stem of some query word, and each of
/// its stop words is among the query's, in any order: «войти не получается» holds «не
/// получается войти», while «вход в дневник» does not hold «не входит». Then every other member
/// of its group becomes another way to match the query words that supplied its stems, by the
/// member's stems without its stop words (which are not indexed), worth at most
/// `BM25F.synonymWeight` of a match of the word itself (see `SearchIndex.concepts(for:)` and
/// `BM25F`).
struct SynonymTable: Equatable, Sendable {
    /// The groups in file order. Every member holds at least one stem that is not a stop
    /// word, no member is twice in a group, and every group has at least two members.
    let groups: [[[String]]]
    /// Every stem of every member except the stop words, in Unicode scalar order, for typo
    /// matching.
    let stems: [String]
    /// The same stems, to look a query word up.
    let stemSet: Set<String>

    static let empty = SynonymTable(groups: [])

    /// A table from stemmed groups, dropping members of stop words only, repeated members and
    /// groups left with fewer than two members.
    init(groups: [[[String]]]) {
        var kept: [[[String]]] = []
        for group in groups {
            var members: [[String]] = []
            for member in group where !SynonymTable.indexedStems(of: member).isEmpty && !members.contains(member) {
                members.append(member)
            }
            if members.count >= 2 { kept.append(members) }
        }
        self.groups = kept
        stemSet = Set(kept.joined().joined().filter { !SearchQuery.stopWords.contains($0) })
        stems = stemSet.sorted(by: SearchIndex.scalarOrder)
    }

    /// A table from the groups as written in the content: each word or phrase is tokenized,
    /// each word stemmed unless it is a stop word, and the stem of the age group the phrase
    /// names, if any, added («до 14 лет» is `[до, 14, лет, #до14]`, see `AgeBand`), so that it
    /// matches the sentences that name that group, not every «14 лет».
    init(wordGroups: [[String]]) {
        self.init(groups: wordGroups.map { group in
            group.map { phrase in
                let words = Tokenizer.words(in: phrase)
                return words.map { SearchQuery.stopWords.contains($0) ? $0 : RussianStemmer.stem($0) }
                    + AgeBand.stems(in: words)
            }
        })
    }

    /// The stems of `member` a sentence must hold to match it: all but the stop words.
    static func indexedStems(of member: [String]) -> [String] {
        member.filter { !SearchQuery.stopWords.contains($0) }
    }
}
