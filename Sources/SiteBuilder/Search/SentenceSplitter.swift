/// Splits a block's plain text into sentences for search results.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// followed by white space and then a capital letter, a digit or an opening quote. A period
/// after a single letter does not end a sentence, so initials and abbreviations such as
/// «г. Омск» or «т. е.» stay whole. White space is collapsed.
enum SentenceSplitter {
    static func sentences(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        var i = 0
        func finish() {
            let sentence = String(current)
            if !sentence.isEmpty { sentences.append(sentence) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isWhitespace {
                pendingSpace = !current.isEmpty
                i += 1
                continue
            }
            if pendingSpace { current.append(" ") }
            pendingSpace = false
            current.append(c)
            i += 1
            guard isTerminator(c) else { continue }
            while i < scalars.count, isCloser(scalars[i]) {
                current.append(scalars[i])
                i += 1
            }
            var next = i
            while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
            guard next > i, next < scalars.count, startsSentence(scalars[next]),
                  !(c == "." && endsWithSingleLetterWord(current)) else { continue }
            finish()
        }
        finish()
        return sentences
    }

    static func isTerminator(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }

    static func isCloser(_ c: Unicode.Scalar) -> Bool { c == "»" || c == "\"" || c == ")" || c == "”" }

    static func startsSentence(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || c.properties.numericType != nil || c == "«" || c == "\"" || c == "„"
    }

    /// Whether the text ends with a one-letter word and a period: «г.», «А.».
    static func endsWithSingleLetterWord(_ text: String.UnicodeScalarView) -> Bool {
        let tail = Array(text.suffix(3))
        guard tail.count >= 2, tail[tail.count - 1] == ".", tail[tail.count - 2].properties.isAlphabetic else {
            return false
        }
        return tail.count == 2 || !tail[0].properties.isAlphabetic
    }
}
