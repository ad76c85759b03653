import Foundation

/// Splits text into search words: runs of letters and digits (any script), lower-cased, with
/// ё folded to е. Everything else separates words, so a hyphenated word gives its parts
/// («онлайн-банк» → «онлайн», «банк») and a phone number its groups of digits.
///
/// Text is put in Unicode NFC first, and nonspacing marks inside a word (a stress accent,
/// U+0301) and soft hyphens are dropped rather than splitting it. Lower-casing is per scalar
/// (`site/js/search.js` does the same per code point), so both sides agree exactly.
enum Tokenizer {
    /// The words of `text`, in order, duplicates kept.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch characterClass(of: scalar) {
            case .word:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    current.append(lower == "ё" ? "е" : lower)
                }
            case .ignorable:
                continue
            case .separator:
                flush()
            }
        }
        flush()
        return words
    }

    /// Whether `text` ends inside a word, that is, the person may still be typing it.
    static func endsInWord(_ text: String) -> Bool {
        guard let last = text.precomposedStringWithCanonicalMapping.unicodeScalars.last else { return false }
        return characterClass(of: last) == .word
    }

    enum CharacterClass { case word, ignorable, separator }

    static func characterClass(of scalar: Unicode.Scalar) -> CharacterClass {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .word
        case .nonspacingMark:
            return .ignorable
        default:
            return scalar == "\u{AD}" ? .ignorable : .separator
        }
    }
}
