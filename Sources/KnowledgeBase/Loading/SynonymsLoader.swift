/// Reads `search/synonyms.md`: the words parents type for the same thing, one group per line.
///
/// The body is a Markdown list, strictly: every line is empty, a heading (`# …`, to sort the
/// groups for people), or a group `- word, word, phrase`. A word is letters and digits,
/// possibly joined by hyphens (`т-банк`); a phrase is words separated by spaces
/// (`учётная запись`). Letter case and ё do not count: `СНИЛС` and `снилс` are one word.
/// A word may appear in one group only; a group needs two different words.
enum SynonymsLoader {
    static let keys = ["title", "updated"]

    static func load(_ parsed: ParsedFile) -> (LoadedFile.Content, FieldReader) {
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: keys)
        _ = reader.scalar("title")
        if let scalar = reader.scalar("updated"), ContentDate(scalar.text) == nil {
            reader.error(Messages.Fields.badDate(scalar.text), at: scalar.position)
        }
        var groups: [SynonymGroup] = []
        /// Normalized word → where it was first written, and in which group.
        var seen: [String: (position: TextPosition, group: Int)] = [:]
        let lines = parsed.result.body.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let start = TextPosition(line: parsed.result.bodyStartLine + offset, column: 1)
            if line.allSatisfy({ $0 == " " }) || line.hasPrefix("#") { continue }
            guard line == "-" || line.hasPrefix("- ") else {
                reader.error(Messages.Synonyms.notAGroup, at: start, hint: Messages.Synonyms.notAGroupHint)
                continue
            }
            guard let words = readGroup(line.dropFirst(), at: start.advanced(by: 1), reader: &reader) else { continue }
            let keys = Set(words.map { normalized($0.text) })
            if keys.count < 2 {
                reader.error(words.isEmpty ? Messages.Synonyms.emptyGroup : Messages.Synonyms.oneWordGroup(words[0].text), at: start, hint: Messages.Synonyms.groupHint)
                continue
            }
            for word in words {
                let key = normalized(word.text)
                if let first = seen[key], first.group != groups.count {
                    reader.error(Messages.Synonyms.inAnotherGroup(word.text, line: first.position.line), at: word.position, hint: Messages.Synonyms.inAnotherGroupHint)
                } else if seen[key] == nil {
                    seen[key] = (word.position, groups.count)
                }
            }
            groups.append(SynonymGroup(words: words.map(\.text), position: start))
        }
        return (.synonyms(groups), reader)
    }

    /// The words of a group line after its `-`, each with its position; `nil` when one of them
    /// is not a word (reported).
    static func readGroup(_ text: Substring, at position: TextPosition, reader: inout FieldReader) -> [(text: String, position: TextPosition)]? {
        if text.allSatisfy({ $0 == " " }) { return [] }
        var words: [(text: String, position: TextPosition)] = []
        var column = position.column
        var valid = true
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            defer { column += part.count + 1 }
            let leading = part.prefix { $0 == " " }.count
            let word = part.split(separator: " ").joined(separator: " ")
            let at = TextPosition(line: position.line, column: column + (word.isEmpty ? 0 : leading))
            if word.isEmpty {
                reader.error(Messages.Synonyms.emptyWord, at: at, hint: Messages.Synonyms.emptyWordHint)
                valid = false
            } else if !isWordOrPhrase(word) {
                reader.error(Messages.Synonyms.notAWord(word), at: at, hint: Messages.Synonyms.notAWordHint)
                valid = false
            } else {
                words.append((word, at))
            }
        }
        return valid ? words : nil
    }

    /// Words of letters and digits, each possibly hyphenated, separated by single spaces.
    static func isWordOrPhrase(_ text: String) -> Bool {
        text.split(separator: " ", omittingEmptySubsequences: false).allSatisfy { word in
            word.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { piece in
                !piece.isEmpty && piece.unicodeScalars.allSatisfy { scalar in
                    switch scalar.properties.generalCategory {
                    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .decimalNumber: return true
                    default: return false
                    }
                }
            }
        }
    }

    /// The form two words are compared in: lower case, ё as е.
    static func normalized(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "ё", with: "е")
    }
}
