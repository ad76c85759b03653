/// A full name as typed, split into words with each character's position, and the
/// irregularities found in it alone (odd spaces, dash variants, Latin letters).
struct TypedName {
    struct Letter {
        var character: Character
        /// 1-based position in the name as typed.
        var position: Int
    }

    struct Word {
        var letters: [Letter]
        /// The word as typed, hyphen variants made plain.
        var text: String
        /// The letters folded for comparison: Cyrillic for Latin look-alikes, `е` for `ё`,
        /// lower case, plain hyphen.
        var key: String
    }

    let number: Int
    var words: [Word] = []
    var irregularities: [NameDifference] = []

    init(_ text: String, number: Int) {
        self.number = number
        let characters = Array(text)
        var current: [Letter] = []
        var pendingHyphenJoin = false
        let hasCyrillic = characters.contains { Self.isCyrillic($0) }

        func finishWord() {
            guard !current.isEmpty else { return }
            words.append(Self.word(current))
            current = []
        }

        for (offset, character) in characters.enumerated() {
            let position = offset + 1
            if character.isWhitespace {
                if !pendingHyphenJoin { finishWord() }
                continue
            }
            if NameComparer.dashes.contains(character) {
                if character != "-" {
                    irregularities.append(.hyphen(name: number, position: position, character: character))
                }
                let spaceBefore = offset > 0 && characters[offset - 1].isWhitespace
                let spaceAfter = offset + 1 < characters.count && characters[offset + 1].isWhitespace
                if spaceBefore || spaceAfter {
                    irregularities.append(.spaceAroundHyphen(name: number, position: position))
                }
                // A double name stays one word, whatever spaces surround its hyphen.
                if current.isEmpty, let last = words.popLast() { current = last.letters }
                current.append(Letter(character: "-", position: position))
                pendingHyphenJoin = true
                continue
            }
            if let cyrillic = NameComparer.lookalikes[character], hasCyrillic {
                irregularities.append(.latinLookalike(name: number, position: position, latin: character, cyrillic: cyrillic))
            } else if character.isASCII, character.isLetter, hasCyrillic {
                irregularities.append(.latinLetter(name: number, position: position, letter: character))
            }
            pendingHyphenJoin = false
            current.append(Letter(character: character, position: position))
        }
        finishWord()
        irregularities = Self.spacing(characters, number: number) + irregularities
    }

    /// Spaces before the first word, after the last, doubled between words, or not plain.
    static func spacing(_ characters: [Character], number: Int) -> [NameDifference] {
        var result: [NameDifference] = []
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
              let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return result }
        if first > 0 { result.append(.spacing(name: number, position: 1, kind: .leading)) }
        var index = first
        while index <= last {
            if characters[index].isWhitespace, characters[index - 1].isWhitespace {
                result.append(.spacing(name: number, position: index + 1, kind: .doubled))
            }
            index += 1
        }
        if last < characters.count - 1 { result.append(.spacing(name: number, position: last + 2, kind: .trailing)) }
        for (offset, character) in characters.enumerated() where character.isWhitespace && character != " " {
            result.append(.spacing(name: number, position: offset + 1, kind: .unusual(character)))
        }
        return result
    }

    static func word(_ letters: [Letter]) -> Word {
        let text = String(letters.map(\.character))
        let key = String(letters.map { fold($0.character) })
        return Word(letters: letters, text: text, key: key)
    }

    /// The character as compared: look-alikes as Cyrillic, `ё` as `е`, lower case.
    static func fold(_ character: Character) -> Character {
        var result = NameComparer.lookalikes[character] ?? character
        if result == "ё" || result == "Ё" { result = "е" }
        return Character(result.lowercased())
    }

    static func isUpper(_ character: Character) -> Bool {
        character.isUppercase
    }

    static func isCyrillic(_ character: Character) -> Bool {
        character.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }
}
