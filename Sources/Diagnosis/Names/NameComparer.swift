/// Explains why two full names would not match, as Dnevnik.ru matches them letter for letter.
///
/// Each kind of difference is reported separately, even one that a lenient matcher would
/// forgive (`ё`/`е`, letter case): the operator needs to know exactly what to correct.
public enum NameComparer {
    /// Latin letters that look like Cyrillic ones, upper and lower case.
    static let lookalikes: [Character: Character] = [
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
        "P": "Р", "T": "Т", "X": "Х", "Y": "У",
        "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к",
    ]
    static let dashes: Set<Character> = ["‐", "‑", "‒", "–", "—", "―", "−", "-"]
    static let apostrophes: Set<Character> = ["'", "’", "ʼ", "`", "."]

    /// Compares `first` and `second`.
    public static func compare(_ first: String, _ second: String) -> NameComparison {
        if let problem = unusable(first) { return .unusable(name: 1, reason: problem) }
        if let problem = unusable(second) { return .unusable(name: 2, reason: problem) }
        if first == second { return .identical }

        let a = TypedName(first, number: 1)
        let b = TypedName(second, number: 2)
        var differences: [NameDifference] = []
        differences += a.irregularities + b.irregularities

        // Pair the words: by equal letters first, then the rest in order.
        let pairs = pairWords(a.words, b.words)
        let sameWords = a.words.map(\.key).sorted() == b.words.map(\.key).sorted()
        for (left, right) in pairs {
            guard let left, let right, left.key == right.key else { continue }
            differences += letterDifferences(left, right)
        }
        if sameWords {
            if a.words.map(\.key) != b.words.map(\.key) { differences.append(.swappedOrder) }
        } else if let missing = missingPatronymic(a.words.map(\.key), b.words.map(\.key)) {
            differences.append(.missingPatronymic(missingIn: missing))
        } else if a.words.count == b.words.count {
            for (index, (left, right)) in zip(a.words, b.words).enumerated() where left.key != right.key {
                differences.append(.differentWord(word: index + 1, first: left.text, second: right.text))
            }
        } else {
            differences.append(.differentWordCount(first: a.words.count, second: b.words.count))
        }
        if differences.isEmpty {
            // Not identical, yet nothing found: only invisible characters differ.
            differences.append(.spacing(name: 2, position: 1, kind: .unusual(" ")))
        }
        return .different(differences)
    }

    private static func unusable(_ name: String) -> NameComparison.UnusableReason? {
        var letters = 0
        for (offset, character) in name.enumerated() {
            if character.isLetter { letters += 1; continue }
            if character.isWhitespace || dashes.contains(character) || apostrophes.contains(character) { continue }
            return .unexpectedCharacter(character, position: offset + 1)
        }
        return letters == 0 ? .empty : nil
    }

    /// Words with the same letters (after folding) paired first, then the rest by position.
    private static func pairWords(_ a: [TypedName.Word], _ b: [TypedName.Word]) -> [(TypedName.Word?, TypedName.Word?)] {
        var usedB = Set<Int>()
        var pairs: [(TypedName.Word?, TypedName.Word?)] = []
        for word in a {
            if let match = b.indices.first(where: { !usedB.contains($0) && b[$0].key == word.key }) {
                usedB.insert(match)
                pairs.append((word, b[match]))
            } else {
                pairs.append((word, nil))
            }
        }
        return pairs
    }

    /// Within two words with the same letters: `ё`/`е` and case.
    private static func letterDifferences(_ left: TypedName.Word, _ right: TypedName.Word) -> [NameDifference] {
        var result: [NameDifference] = []
        for (l, r) in zip(left.letters, right.letters) {
            let lc = l.character, rc = r.character
            if lc == rc { continue }
            let lYo = "ёЁ".contains(lc), rYo = "ёЁ".contains(rc)
            if lYo != rYo {
                result.append(.yoVersusYe(position1: l.position, position2: r.position, yoIn: lYo ? 1 : 2))
            }
            let lFolded = TypedName.fold(lc), rFolded = TypedName.fold(rc)
            // Case: compare with ё/е and look-alikes set aside.
            if lFolded == rFolded, lFolded.isLetter, TypedName.isUpper(lc) != TypedName.isUpper(rc) {
                result.append(.letterCase(position1: l.position, position2: r.position))
            }
        }
        return result
    }

    /// 1 or 2 when that name is the other without its third word.
    private static func missingPatronymic(_ a: [String], _ b: [String]) -> Int? {
        if a.count == 3, b.count == 2, Array(a.prefix(2)) == b { return 2 }
        if b.count == 3, a.count == 2, Array(b.prefix(2)) == a { return 1 }
        return nil
    }
}
