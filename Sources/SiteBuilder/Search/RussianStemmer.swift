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
            if !remove(Endings.perfectiveGerund) {
                _ = remove(Endings.reflexive)
                if !removeAdjectival(), !remove(Endings.verb) {
                    _ = remove(Endings.noun)
                }
            }
            // Step 2.
            if word.last == "и", word.count - 1 >= rv { word.removeLast() }
            // Step 3: the derivational ending must lie wholly in R2.
            if let length = longestSuffix(Endings.derivational.map(\.suffixes)), word.count - length >= r2 {
                word.removeLast(length)
            }
            // Step 4.
            tidyUp()
        }

        /// Adjective, optionally preceded by a participle ending.
        mutating func removeAdjectival() -> Bool {
            guard remove(Endings.adjective) else { return false }
            _ = remove(Endings.participle)
            return true
        }

        /// Step 4: undouble н, or remove a superlative ending (then undouble н), or remove ь.
        mutating func tidyUp() {
            guard let length = longestSuffix([Endings.tidyUp]) else { return }
            let suffix = word.suffix(length)
            if suffix.last == "ь" {
                word.removeLast()
            } else if length == 1 {
                undoubleN()
            } else {
                word.removeLast(length)
                undoubleN()
            }
        }

        mutating func undoubleN() {
            let n = word.count
            if n - 2 >= rv, word[n - 1] == "н", word[n - 2] == "н" { word.removeLast() }
        }

        /// Snowball's `[substring] among (…)`: finds the longest ending of any group that lies
        /// in RV, then applies that group's condition. A failed condition fails the whole
        /// step; shorter endings are not tried.
        mutating func remove(_ groups: [EndingGroup]) -> Bool {
            guard let length = longestSuffix(groups.map(\.suffixes)) else { return false }
            let start = word.count - length
            let ending = Array(word[start...])
            guard let group = groups.first(where: { $0.suffixes.contains(ending) }) else { return false }
            if group.needsAOrYa {
                guard start - 1 >= rv, word[start - 1] == "а" || word[start - 1] == "я" else { return false }
            }
            word.removeLast(length)
            return true
        }

        /// The length of the longest of `candidates` that ends the word inside RV.
        func longestSuffix(_ candidates: [[[Unicode.Scalar]]]) -> Int? {
            var best: Int?
            for group in candidates {
                for suffix in group where suffix.count > (best ?? 0) {
                    guard word.count - suffix.count >= rv else { continue }
                    if word[(word.count - suffix.count)...].elementsEqual(suffix) { best = suffix.count }
                }
            }
            return best
        }
    }

    /// Endings that share a condition: group 1 of several classes must follow а or я.
    struct EndingGroup {
        let suffixes: [[Unicode.Scalar]]
        let needsAOrYa: Bool

        init(_ suffixes: [String], needsAOrYa: Bool = false) {
            self.suffixes = suffixes.map { Array($0.unicodeScalars) }
            self.needsAOrYa = needsAOrYa
        }
    }

    /// The ending classes, in the algorithm's own words.
    enum Endings {
        static let perfectiveGerund = [
            EndingGroup(["в", "вши", "вшись"], needsAOrYa: true),
            EndingGroup(["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]),
        ]
        static let adjective = [
            EndingGroup([
                "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым",
                "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
            ]),
        ]
        static let participle = [
            EndingGroup(["ем", "нн", "вш", "ющ", "щ"], needsAOrYa: true),
            EndingGroup(["ивш", "ывш", "ующ"]),
        ]
        static let reflexive = [EndingGroup(["ся", "сь"])]
        static let verb = [
            EndingGroup(
                ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
                needsAOrYa: true),
            EndingGroup([
                "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен",
                "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю",
            ]),
        ]
        static let noun = [
            EndingGroup([
                "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й",
                "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия",
                "ья", "я",
            ]),
        ]
        static let derivational = [EndingGroup(["ост", "ость"])]
        static let tidyUp = ["ейш", "ейше", "н", "ь"].map { Array($0.unicodeScalars) }
    }
}
