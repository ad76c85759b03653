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
        for scalar in normalized(text).unicodeScalars {
            switch characterClass(of: scalar) {
            case .word:
                if let lower = fastLowercase(scalar) {
                    current.append(lower)
                    continue
                }
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
        guard let last = normalized(text).unicodeScalars.last else { return false }
        return characterClass(of: last) == .word
    }

    enum CharacterClass { case word, ignorable, separator }

    /// `text` in NFC. Most text here is ASCII, Cyrillic and common punctuation, which NFC
    /// leaves as it is (nothing there composes or has a singleton mapping), so it is not copied.
    static func normalized(_ text: String) -> String {
        let unchanged = text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return v < 0x300 || (0x400..<0x483).contains(v) || (0x48A..<0x530).contains(v)
                || (0x2010..<0x2070).contains(v) || v == 0x2116
        }
        return unchanged ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Lower case with ё folded, for ASCII and the basic Cyrillic letters; nil for the rest.
    static func fastLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x61...0x7A, 0x430...0x450, 0x452...0x45F: return scalar
        case 0x41...0x5A, 0x410...0x42F: return Unicode.Scalar(v + 0x20)
        case 0x451, 0x401: return "е"
        case 0x400, 0x402...0x40F: return Unicode.Scalar(v + 0x50)
        default: return nil
        }
    }

    static func characterClass(of scalar: Unicode.Scalar) -> CharacterClass {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x400...0x45F: return .word
        case 0...0x7F: return .separator
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .word
        case .nonspacingMark:
            return .ignorable
        default:
            // U+00AD, the soft hyphen, named by its code point (it is invisible when typed).
            return scalar == Unicode.Scalar(UInt8(0xAD)) ? .ignorable : .separator
        }
    }
}
