/// A query as the search understands it: its words, each as a stem. No word is required:
/// the ranking (`SearchIndex+Ranking.swift`) scores every document by the words it matches.
///
/// Rules (`site/js/search.js` follows them too):
/// - words come from `Tokenizer`; a stop word (`SearchQuery.stopWords`) is dropped, and is
///   never indexed either (it only helps to recognize synonym phrases, `stopWordsUsed`);
/// - the last word, when the text ends inside it (the person is still typing), matches every
///   indexed stem that starts with its stem, provided that stem has at least two letters;
///   the stemmer only removes endings, so «госусл» finds «госуслуг»;
/// - every other word matches its stem exactly;
/// - a word with no match at all (in the index or the synonym table) whose stem has at least
///   `typoMinimumLength` letters matches stems one edit away (a letter changed, added,
///   dropped or two swapped), so a typo such as «госуслужи» still finds «Госуслуги».
/// - an age group the words name («в 13 лет», «подростку 15 лет») is one more term, the
///   group's stem (`AgeBand`), after the words.
struct SearchQuery: Equatable {
    struct Term: Hashable {
        var stem: String
        var isPrefix: Bool
    }

    /// Distinct terms, in query order.
    let terms: [Term]
    /// The stop words the query holds (not terms): they match nothing, but they tell a synonym
    /// phrase such as «не пускает» from the bare word.
    let stopWordsUsed: Set<String>

    static let typoMinimumLength = 5

    /// Function words that say nothing about what a page is about: prepositions, conjunctions,
    /// particles, pronouns, forms of «быть», the modal words of «не может», «можно», «надо»,
    /// and the question words of a question typed in full («почему …», «какой …», «сколько
    /// …»), which would otherwise weigh as much as a rare word of the page that happens to
    /// hold them. «без» is not one of them: «войти без Госуслуг» asks something else than
    /// «войти через Госуслуги»; nor is «где», which synonyms use («где взять»). The index
    /// JSON carries this list for `site/js/search.js`.
    static let stopWords: Set<String> = [
        "а", "будет", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "ваш", "ваша", "ваше",
        "ваши", "во", "вот", "вы", "да", "для", "до", "его", "ее", "ей", "ему", "если", "есть", "еще", "же",
        "за", "зачем", "и", "из", "или", "им", "их", "к", "как", "какая", "какие", "каким", "каких", "какое",
        "какой", "какую", "ко", "когда", "ли", "меня", "мне", "могу", "могут", "мое", "моего", "моей", "моему",
        "может", "можно", "мои", "моих", "мой", "моя", "мы", "на", "над", "надо", "нам", "нас", "наш", "наша",
        "наше", "наши", "не", "него", "нее", "ней", "нельзя", "нему", "ни", "ним", "них", "но", "ну", "о", "об",
        "он", "она", "они", "оно", "от", "по", "под", "почему", "при", "про", "с", "свое", "свои", "свой",
        "своя", "себе", "себя", "сколько", "со", "тебе", "тебя", "то", "тоже", "ты", "у", "уже", "что", "чтобы",
        "это", "я",
    ]

    init(_ text: String) {
        let words = Tokenizer.words(in: text)
        let lastIsOpen = Tokenizer.endsInWord(text)
        var terms: [Term] = []
        var stopWordsUsed = Set<String>()
        for (i, word) in words.enumerated() {
            let stem = RussianStemmer.stem(word)
            let term: Term
            if i == words.count - 1, lastIsOpen, stem.unicodeScalars.count >= 2 {
                term = Term(stem: stem, isPrefix: true)
            } else if SearchQuery.stopWords.contains(word) {
                stopWordsUsed.insert(word)
                continue
            } else {
                term = Term(stem: stem, isPrefix: false)
            }
            if !terms.contains(term) { terms.append(term) }
        }
        for band in AgeBand.stems(in: words) {
            let term = Term(stem: band, isPrefix: false)
            if !terms.contains(term) { terms.append(term) }
        }
        self.terms = terms
        self.stopWordsUsed = stopWordsUsed
    }
}
