/// Reads typed values out of one file's front matter, turning every problem into a
/// diagnostic at the key or value it concerns.
struct FieldReader {
    let frontMatter: FrontMatter
    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Variables found in the values read with `scanVariables: true`.
    private(set) var variables = RegionVariables.Scan()

    init(frontMatter: FrontMatter, path: String, allowedKeys: [String], notAllowed: [String: String] = [:]) {
        self.frontMatter = frontMatter
        self.path = path
        for entry in frontMatter.entries where !allowedKeys.contains(entry.key) {
            if let reason = notAllowed[entry.key] {
                error(reason, at: entry.keyPosition)
            } else {
                error(Messages.Fields.unknownKey(entry.key), at: entry.keyPosition,
                      hint: Suggestion.closest(to: entry.key, among: allowedKeys).map(Messages.didYouMean))
            }
        }
    }

    mutating func error(_ message: String, at position: TextPosition, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, path: path, line: position.line, column: position.column, message: message, hint: hint))
    }

    mutating func warning(_ message: String, at position: TextPosition, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, path: path, line: position.line, column: position.column, message: message, hint: hint))
    }

    /// A single value. A required key that is missing, empty or not a single value is an error.
    mutating func scalar(_ key: String, required: Bool = false, scanVariables: Bool = false) -> FrontMatter.Scalar? {
        guard let entry = frontMatter[key] else {
            if required { error(Messages.Fields.missingKey(key), at: .fileStart) }
            return nil
        }
        switch entry.value {
        case .scalar(let scalar):
            if scalar.text.trimmingSpaces.isEmpty {
                if required { error(Messages.Fields.emptyValue(key), at: scalar.position) }
                return nil
            }
            if scanVariables { scan(scalar) }
            return scalar
        case .empty:
            if required { error(Messages.Fields.missingValue(key), at: entry.keyPosition) }
            return nil
        case .invalid:
            return nil
        case .list:
            error(Messages.Fields.singleValueNotList(key), at: entry.keyPosition)
            return nil
        case .map:
            error(Messages.Fields.singleValueNotMap(key), at: entry.keyPosition)
            return nil
        }
    }

    /// A list; `key:` with nothing under it is an empty list.
    mutating func list(_ key: String, required: Bool = false) -> [FrontMatter.Scalar]? {
        guard let entry = frontMatter[key] else {
            if required { error(Messages.Fields.missingKey(key), at: .fileStart) }
            return nil
        }
        switch entry.value {
        case .list(let items):
            return items
        case .empty:
            return []
        case .invalid:
            return nil
        case .scalar(let scalar):
            error(Messages.Fields.takesList(key), at: scalar.position, hint: Messages.Fields.writeAsList(key, scalar.source))
            return nil
        case .map:
            error(Messages.Fields.listNotMap(key), at: entry.keyPosition)
            return nil
        }
    }

    /// A one-level map.
    mutating func map(_ key: String, required: Bool = false) -> (entry: FrontMatter.Entry, items: [FrontMatter.Entry])? {
        guard let entry = frontMatter[key] else {
            if required { error(Messages.Fields.missingKey(key), at: .fileStart) }
            return nil
        }
        switch entry.value {
        case .map(let items):
            return (entry, items)
        case .invalid:
            break
        case .empty:
            error(Messages.Fields.missingValue(key), at: entry.keyPosition, hint: Messages.Fields.mapLinesHint)
        case .scalar, .list:
            error(Messages.Fields.takesMap(key), at: entry.keyPosition)
        }
        return nil
    }

    /// Records the variables of a value that may use them, and reports malformed ones.
    mutating func scan(_ scalar: FrontMatter.Scalar) {
        let found = RegionVariables.scan(scalar.source, startingAt: scalar.sourcePosition)
        variables.uses += found.uses
        variables.malformed += found.malformed
    }

    /// Checks that a value is an article id, `[a-z0-9]+(-[a-z0-9]+)*`.
    mutating func checkArticleID(_ scalar: FrontMatter.Scalar) -> Bool {
        guard Identifier.isValidID(scalar.text) else {
            error(Messages.Fields.badArticleID(scalar.text), at: scalar.position)
            return false
        }
        return true
    }
}

/// Close matches for misspelt keys and values.
enum Suggestion {
    /// The candidate nearest to `word` by edit distance, if it is near enough to be a typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(Array(word), Array(candidate))
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions, and swaps of
    /// two neighbours (the commonest typo, `titel`) each count one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
