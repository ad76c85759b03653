/// The ranking formula: BM25 over the fields of `SearchField` (BM25F, Robertson and Zaragoza,
/// "The Probabilistic Relevance Framework: BM25 and Beyond", 2009, §3.5).
///
/// For a query concept c and a document d:
///
///     tf(c, d)    = Σ over the sentences s of d that match c:  scale(d, field of s)
///     scale(d, f) = weight(f) / (1 − b + b · length(d, f) / average length(f))
///     score(d)    = Σ over the concepts c:  idf(c) · (max(sat(tf₁(c, d)), synonymWeight · sat(tf(c, d)))
///                                                   + head(c, d))
///     head(c, d)  = max over the title and summary sentences s of d that match c:
///                   presenceWeight(field of s) · weight of the match (1, or synonymWeight)
///     sat(tf)     = tf · (k1 + 1) / (tf + k1)
///     idf(c)      = ln(1 + (N − df(c) + 0.5) / (df(c) + 0.5))
///
/// where the title counts as a sentence, a sentence counts once however often it holds the
/// word, tf₁ counts only the sentences that hold the query's own word (not a synonym), lengths
/// are in words, N is the number of documents and df the number that match c. So a document
/// that matches a concept only through synonyms gets at most `synonymWeight` of what the word
/// itself would give, however often the synonym occurs. IDF keeps common words from
/// dominating: a word in most articles («дневник», «госуслуги») adds little, a rare one
/// («снилс», «мфц») much. `head` is the field match: BM25F saturates a word's matches over the
/// whole article, so a long article that mentions the word in many sentences outscores the one
/// whose title names it; the presence in the title or summary (`SearchField.presenceWeight`)
/// is counted once more, apart from the saturation.
///
/// `site/js/search.js` computes the same numbers. Only IEEE-754 +, −, ×, ÷ on doubles are used,
/// in the same order on both sides (the logarithm too is computed from them rather than taken
/// from the platform's maths library, whose last bit may differ), so both get the same bits;
/// scores are then rounded to millionths (`rounded(_:)`) before they are compared.
enum BM25F {
    static let k1 = 1.2
    static let b = 0.75
    /// What a match through a synonym counts, against 1 for the query's own word.
    static let synonymWeight = 0.6
    /// Below this score (in millionths) the best result answers only weakly: the query holds
    /// nothing more specific than words most articles have («как войти в дневник», «не
    /// пускает»). One such word, in half of the articles and matched once, scores about 0.7.
    static let weakScore = 1_000_000

    /// `scale(d, f)` for every document and field, from the fields' lengths in words.
    static func fieldScales(lengths: [[Int]]) -> [[Double]] {
        let fields = SearchField.allCases
        var averages: [Double] = []
        for field in fields {
            var total = 0
            for length in lengths { total += length[field.rawValue] }
            averages.append(lengths.isEmpty ? 0 : Double(total) / Double(lengths.count))
        }
        return lengths.map { length in
            fields.map { field in
                let average = averages[field.rawValue]
                guard average > 0 else { return field.weight }
                return field.weight / (1 - b + b * Double(length[field.rawValue]) / average)
            }
        }
    }

    static func idf(documentFrequency df: Int, documentCount n: Int) -> Double {
        ln(1 + (Double(n - df) + 0.5) / (Double(df) + 0.5))
    }

    /// A concept's share of a document's score, from the tf of the query's own word, the tf of
    /// every match, synonyms included, and the field match `head`.
    static func conceptScore(idf: Double, ownTF: Double, anyTF: Double, head: Double) -> Double {
        idf * (max(saturated(ownTF), synonymWeight * saturated(anyTF)) + head)
    }

    static func saturated(_ tf: Double) -> Double {
        tf * (k1 + 1) / (tf + k1)
    }

    /// A score in millionths, as results are compared.
    static func rounded(_ score: Double) -> Int {
        Int((score * 1_000_000).rounded())
    }

    /// The natural logarithm of `x` ≥ 1, from + − × ÷ only: x = m · 2^e with 1 ≤ m < 2 (exact
    /// halvings), then ln m = 2 · atanh((m − 1)/(m + 1)) by its series, whose terms fall by at
    /// least 9 each time; twenty terms are more than a double holds.
    static func ln(_ x: Double) -> Double {
        var m = x
        var e = 0.0
        while m >= 2 {
            m /= 2
            e += 1
        }
        let y = (m - 1) / (m + 1)
        let y2 = y * y
        var term = y
        var sum = 0.0
        var k = 1.0
        while k < 40 {
            sum += term / k
            term *= y2
            k += 2
        }
        return e * 0.6931471805599453 + 2 * sum
    }
}
