/// A query as the search understands it: the words that must all match, each as a stem.
///
/// Rules (`site/js/search.js` follows them too):
/// - words come from `Tokenizer`; a stop word (`SearchQuery.stopWords`) is dropped, and is
///   never indexed either;
/// - the last word, when the text ends inside it (the person is still typing), matches every
///   indexed stem that starts with its stem, provided that stem has at least two letters;
///   the stemmer only removes endings, so «госусл» finds «госуслуг»;
/// - every other word matches its stem exactly;
/// - a word with no match at all whose stem has at least `typoMinimumLength` letters matches
///   stems one edit away (a letter changed, added, dropped or two swapped), so a typo such as
///   «госуслужи» still finds «Госуслуги».
struct SearchQuery: Equatable {
    struct Term: Hashable {
        var stem: String
        var isPrefix: Bool
    }

    /// Distinct terms, in query order.
    let terms: [Term]

    static let typoMinimumLength = 5

    /// Function words that say nothing about what a page is about.
    static let stopWords: Set<String> = [
        "а", "без", "бы", "в", "во", "да", "для", "до", "же", "за", "и", "из", "или", "к", "как", "ко",
        "ли", "на", "над", "не", "ни", "но", "о", "об", "от", "по", "под", "при", "про", "с", "со", "то",
        "у", "что", "это",
    ]

    init(_ text: String) {
        let words = Tokenizer.words(in: text)
        let lastIsOpen = Tokenizer.endsInWord(text)
        var terms: [Term] = []
        for (i, word) in words.enumerated() {
            let stem = RussianStemmer.stem(word)
            let term: Term
            if i == words.count - 1, lastIsOpen, stem.unicodeScalars.count >= 2 {
                term = Term(stem: stem, isPrefix: true)
            } else if SearchQuery.stopWords.contains(word) {
                continue
            } else {
                term = Term(stem: stem, isPrefix: false)
            }
            if !terms.contains(term) { terms.append(term) }
        }
        self.terms = terms
    }
}
