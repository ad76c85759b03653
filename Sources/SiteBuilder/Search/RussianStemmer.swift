/// The Snowball Russian stemming algorithm
/// (snowballstem.org/algorithms/russian/stemmer.html), with ё folded to е first as in
/// Snowball 2.x.
///
/// Input is one lower-case word. Only Cyrillic vowels open the RV region, so a Latin word or
/// a number has an empty RV and comes back unchanged: Spravka lower-cases Latin words and
/// leaves them alone (the corpus has few, mostly names such as `dnevnik` or `esia`).
///
/// `stem(_:)` adds one exception to the algorithm, as search engines add stemmer overrides:
/// a word ending in «пись» is a noun (запись, подпись, надпись, роспись), but Snowball takes
/// its «сь» for a reflexive ending and stems «запись» to «зап» while «записи» gives «запис».
/// For this help desk «учётная запись» and «электронная подпись» matter too much to lose, so
/// such a word only loses its «ь». `snowballStem(_:)` is the algorithm unchanged.
///
/// The algorithm only ever removes a suffix, so a stem is always a prefix of its ё-folded
/// word; the search relies on that for prefix matching. `site/js/search.js` implements the
/// same steps and `scripts/check-search-js.sh` proves the two agree.
enum RussianStemmer {
    /// The stem of `word`, which must already be lower-case, as the search indexes it.
    static func stem(_ word: String) -> String {
        let scalars = word.unicodeScalars
        if scalars.count > 4, scalars.reversed().starts(with: "ьсип".unicodeScalars) {
            var noun = String.UnicodeScalarView()
            noun.append(contentsOf: scalars.dropLast().map { $0 == "ё" ? "е" : $0 })
            return String(noun)
        }
        return snowballStem(word)
    }

    /// The stem of `word` by the Snowball algorithm alone.
    static func snowballStem(_ word: String) -> String {
        var stemmer = Run(word: word.unicodeScalars.map { $0 == "ё" ? "е" : $0 })
        stemmer.run()
        var out = String.UnicodeScalarView()
        out.append(contentsOf: stemmer.word)
        return String(out)
    }

    /// One application of the algorithm to one word.
    private struct Run {
        var word: [Unicode.Scalar]
        /// Start of RV: the region after the first vowel.
        let rv: Int
        /// Start of R2: the region after the first non-vowel following a vowel, inside R1.
        let r2: Int

        init(word: [Unicode.Scalar]) {
            self.word = word
            (rv, r2) = Run.regions(of: word)
        }

        /// RV and R2 as in the algorithm's "Definitions": both are the end of the word when
        /// the word has too few vowels.
        static func regions(of word: [Unicode.Scalar]) -> (rv: Int, r2: Int) {
            let end = word.count
            func past(from start: Int, vowel: Bool) -> Int? {
                var i = start
                while i < end {
                    if isVowel(word[i]) == vowel { return i + 1 }
                    i += 1
                }
                return nil
            }
            guard let rv = past(from: 0, vowel: true) else { return (end, end) }
            guard let r1 = past(from: rv, vowel: false),
                  let afterVowel = past(from: r1, vowel: true),
                  let r2 = past(from: afterVowel, vowel: false)
            else { return (rv, end) }
            return (rv, r2)
        }

        static func isVowel(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "а", "е", "и", "о", "у", "ы", "э", "ю", "я": return true
            default: return false
            }
        }

        mutating func run() {
            // Step 1.
            if remove(Endings.perfectiveGerund) == nil {
                _ = remove(Endings.reflexive)
                if !removeAdjectival(), remove(Endings.verb) == nil {
                    _ = remove(Endings.noun)
                }
            }
            // Step 2.
            if word.last == "и", word.count - 1 >= rv { word.removeLast() }
            // Step 3: the derivational ending must lie wholly in R2.
            if let ending = longestEnding(Endings.derivational), word.count - ending.scalars.count >= r2 {
                word.removeLast(ending.scalars.count)
            }
            // Step 4.
            tidyUp()
        }

        /// Adjective, optionally preceded by a participle ending.
        mutating func removeAdjectival() -> Bool {
            guard remove(Endings.adjective) != nil else { return false }
            _ = remove(Endings.participle)
            return true
        }

        /// Step 4: undouble н, or remove a superlative ending (then undouble н), or remove ь.
        mutating func tidyUp() {
            guard let ending = longestEnding(Endings.tidyUp) else { return }
            if ending.scalars == ["ь"] {
                word.removeLast()
            } else if ending.scalars == ["н"] {
                undoubleN()
            } else {
                word.removeLast(ending.scalars.count)
                undoubleN()
            }
        }

        mutating func undoubleN() {
            let n = word.count
            if n - 2 >= rv, word[n - 1] == "н", word[n - 2] == "н" { word.removeLast() }
        }

        /// Snowball's `[substring] among (…)` followed by `delete`: finds the longest ending of
        /// the class that lies in RV, then checks its condition. A failed condition fails the
        /// whole step; shorter endings are not tried. Returns the ending removed.
        mutating func remove(_ endings: EndingClass) -> Ending? {
            guard let ending = longestEnding(endings) else { return nil }
            let start = word.count - ending.scalars.count
            if ending.needsAOrYa {
                guard start - 1 >= rv, word[start - 1] == "а" || word[start - 1] == "я" else { return nil }
            }
            word.removeLast(ending.scalars.count)
            return ending
        }

        /// The longest ending of the class that ends the word inside RV.
        func longestEnding(_ endings: EndingClass) -> Ending? {
            let count = word.count
            search: for ending in endings.longestFirst where count - ending.scalars.count >= rv {
                let start = count - ending.scalars.count
                for (offset, scalar) in ending.scalars.enumerated() where word[start + offset] != scalar {
                    continue search
                }
                return ending
            }
            return nil
        }
    }

    struct Ending {
        let scalars: [Unicode.Scalar]
        /// Group 1 endings of several classes must follow а or я (which stays).
        let needsAOrYa: Bool
    }

    /// The endings of one class, longest first, so the first match is Snowball's `among`.
    struct EndingClass {
        let longestFirst: [Ending]

        init(afterAOrYa group1: [String] = [], _ group2: [String]) {
            let endings = group1.map { Ending(scalars: Array($0.unicodeScalars), needsAOrYa: true) }
                + group2.map { Ending(scalars: Array($0.unicodeScalars), needsAOrYa: false) }
            longestFirst = endings.sorted { $0.scalars.count > $1.scalars.count }
        }
    }

    /// The ending classes, in the algorithm's own words.
    enum Endings {
        static let perfectiveGerund = EndingClass(
            afterAOrYa: ["в", "вши", "вшись"],
            ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"])
        static let adjective = EndingClass([
            "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым",
            "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
        ])
        static let participle = EndingClass(afterAOrYa: ["ем", "нн", "вш", "ющ", "щ"], ["ивш", "ывш", "ующ"])
        static let reflexive = EndingClass(["ся", "сь"])
        static let verb = EndingClass(
            afterAOrYa: ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
            [
                "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен",
                "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю",
            ])
        static let noun = EndingClass([
            "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й",
            "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия",
            "ья", "я",
        ])
        static let derivational = EndingClass(["ост", "ость"])
        static let tidyUp = EndingClass(["ейш", "ейше", "н", "ь"])
    }
}
