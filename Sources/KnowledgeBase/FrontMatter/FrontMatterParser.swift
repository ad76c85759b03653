/// Parses the strict YAML subset of `docs/content-format.md`: `key: value` lines whose value
/// is a scalar, a quoted string, a flow list, or (when nothing follows the colon) indented
/// lines holding a block list or a one-level map.
///
/// The parser never stops at the first problem: a bad line is reported and skipped, and the
/// rest of the block is still read.
public enum FrontMatterParser {
    /// Splits `text` into front matter and body, and parses the front matter.
    public static func parse(_ text: String) -> FrontMatterResult {
        let lines = SourceLines(text)
        guard lines.count > 0, lines.isDelimiter(0) else {
            return FrontMatterResult(
                frontMatter: FrontMatter(), body: text, bodyStartLine: 1,
                problems: [FrontMatterProblem(Messages.Syntax.missingOpening, at: .fileStart, hint: Messages.Syntax.missingOpeningHint)],
                isDelimited: false)
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines.isDelimiter($0) }) else {
            return FrontMatterResult(
                frontMatter: FrontMatter(), body: "", bodyStartLine: lines.count + 1,
                problems: [FrontMatterProblem(Messages.Syntax.missingClosing, at: .fileStart, hint: Messages.Syntax.missingClosingHint)],
                isDelimited: false)
        }
        var parser = BlockParser(lines: (1..<closing).map { FrontMatterLine(number: $0 + 1, text: lines.text(of: $0)) })
        parser.parse()
        return FrontMatterResult(
            frontMatter: FrontMatter(entries: parser.entries),
            body: lines.text(after: closing),
            bodyStartLine: closing + 2,
            problems: parser.problems,
            isDelimited: true)
    }
}

/// One line of the front-matter block, as characters so that columns count characters.
struct FrontMatterLine {
    /// 1-based line number in the file.
    var number: Int
    var characters: [Character]

    init(number: Int, text: String) {
        self.number = number
        self.characters = Array(text)
    }

    /// The number of leading spaces.
    var indent: Int { characters.prefix { $0 == " " }.count }

    /// Whether the line is empty, blank, or a comment.
    var isBlankOrComment: Bool {
        guard let first = characters.first(where: { $0 != " " && $0 != "\t" }) else { return true }
        return first == "#"
    }

    /// The column of the first tab among the leading whitespace, if any.
    var tabInIndentation: Int? {
        for (index, character) in characters.enumerated() {
            if character == "\t" { return index + 1 }
            if character != " " { return nil }
        }
        return nil
    }

    func position(_ index: Int) -> TextPosition {
        TextPosition(line: number, column: index + 1)
    }
}

extension FrontMatterParser {
    /// The line-by-line parser of the block between the `---` lines.
    struct BlockParser {
        let lines: [FrontMatterLine]
        var entries: [FrontMatter.Entry] = []
        var problems: [FrontMatterProblem] = []
        /// First line of every top-level key, for duplicate reports.
        var seenKeys: [String: Int] = [:]

        init(lines: [FrontMatterLine]) {
            self.lines = lines
        }

        mutating func parse() {
            var index = 0
            while index < lines.count {
                let line = lines[index]
                index += 1
                if line.isBlankOrComment { continue }
                if let tab = line.tabInIndentation {
                    report(Messages.Syntax.tabInIndentation, at: line.position(tab - 1))
                    index = skipIndented(from: index)
                    continue
                }
                if line.indent > 0 {
                    report(Messages.Syntax.unexpectedIndentation, at: line.position(line.indent))
                    continue
                }
                if line.characters.first == "-" {
                    report(Messages.Syntax.listItemWithoutKey, at: line.position(0), hint: Messages.Syntax.listItemWithoutKeyHint)
                    continue
                }
                guard let (key, valueStart) = parseKey(line, at: 0, keyKind: .topLevel) else {
                    index = skipIndented(from: index)
                    continue
                }
                let keyPosition = line.position(0)
                var value: FrontMatter.Value
                if let start = valueStart {
                    value = parseInlineValue(line, from: start, context: .topLevel) ?? .invalid
                    let end = skipIndented(from: index)
                    if let stray = lines[index..<end].first(where: { !$0.isBlankOrComment }) {
                        report(Messages.Syntax.valueAlreadyOnItsLine(key), at: stray.position(stray.indent), hint: Messages.Syntax.oneLineValueHint)
                    }
                    index = end
                } else {
                    let end = skipIndented(from: index)
                    value = parseBlockValue(lines[index..<end])
                    index = end
                }
                if let first = seenKeys[key] {
                    report(Messages.Syntax.duplicateKey(key, firstLine: first), at: keyPosition)
                    continue
                }
                seenKeys[key] = keyPosition.line
                entries.append(FrontMatter.Entry(key: key, keyPosition: keyPosition, value: value))
            }
        }

        /// The index after the run of indented, blank and comment lines starting at `index`.
        func skipIndented(from index: Int) -> Int {
            var end = index
            while end < lines.count, lines[end].isBlankOrComment || lines[end].indent > 0 || lines[end].tabInIndentation != nil {
                end += 1
            }
            return end
        }

        mutating func report(_ message: String, at position: TextPosition, hint: String? = nil) {
            problems.append(FrontMatterProblem(message, at: position, hint: hint))
        }

        enum KeyKind {
            /// `[a-z_][a-z0-9_]*`.
            case topLevel
            /// Keys of a map are contract values (`14-17`, `gosuslugi-login-fails`):
            /// `[a-z0-9_][a-z0-9_-]*`.
            case mapKey
        }

        /// Reads `key:` at `start`. Returns the key and the index where the value starts
        /// (`nil` when nothing but a comment follows the colon), or `nil` after a problem.
        mutating func parseKey(_ line: FrontMatterLine, at start: Int, keyKind: KeyKind) -> (String, Int?)? {
            let characters = line.characters
            guard let colon = characters[start...].firstIndex(of: ":") else {
                report(Messages.Syntax.expectedKeyValue, at: line.position(start))
                return nil
            }
            let key = String(characters[start..<colon])
            guard Self.isValidKey(key, kind: keyKind) else {
                report(key.isEmpty ? Messages.Syntax.expectedKeyBeforeColon : Messages.Syntax.invalidKey(key, inMap: keyKind != .topLevel), at: line.position(start))
                return nil
            }
            var index = colon + 1
            if index < characters.count, characters[index] != " " {
                report(Messages.Syntax.expectedSpaceAfterColon, at: line.position(index))
                return nil
            }
            while index < characters.count, characters[index] == " " { index += 1 }
            if index < characters.count, characters[index] == "\t" {
                report(Messages.Syntax.tabAfterColon, at: line.position(index))
                return nil
            }
            if index == characters.count || characters[index] == "#" { return (key, nil) }
            return (key, index)
        }

        static func isValidKey(_ key: String, kind: KeyKind) -> Bool {
            guard let first = key.unicodeScalars.first else { return false }
            let isLower = { (s: Unicode.Scalar) in s >= "a" && s <= "z" }
            let isDigit = { (s: Unicode.Scalar) in s >= "0" && s <= "9" }
            switch kind {
            case .topLevel:
                guard isLower(first) || first == "_" else { return false }
                return key.unicodeScalars.allSatisfy { isLower($0) || isDigit($0) || $0 == "_" }
            case .mapKey:
                guard isLower(first) || isDigit(first) || first == "_" else { return false }
                return key.unicodeScalars.allSatisfy { isLower($0) || isDigit($0) || $0 == "_" || $0 == "-" }
            }
        }
    }
}
