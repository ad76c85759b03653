extension FrontMatterParser.BlockParser {
    /// Where an inline value stands, which decides whether a list may appear there.
    enum ValueContext {
        case topLevel, listItem, mapValue
    }

    /// Parses the indented lines under a key written with no value: a block list or a map.
    mutating func parseBlockValue(_ block: ArraySlice<FrontMatterLine>) -> FrontMatter.Value {
        var content: [FrontMatterLine] = []
        for line in block where !line.isBlankOrComment {
            if let tab = line.tabInIndentation {
                report(Messages.Syntax.tabInIndentation, at: line.position(tab - 1))
            } else {
                content.append(line)
            }
        }
        guard let first = content.first else { return .empty }
        let isList = first.characters[first.indent] == "-"
            && (first.characters.count == first.indent + 1 || first.characters[first.indent + 1] == " ")
        return isList ? parseBlockList(content, indent: first.indent) : parseMap(content, indent: first.indent)
    }

    mutating func parseBlockList(_ lines: [FrontMatterLine], indent: Int) -> FrontMatter.Value {
        let firstLine = lines[0].number
        var items: [FrontMatter.Scalar] = []
        for line in lines {
            guard line.indent == indent else {
                report(Messages.Syntax.badIndentation(expected: indent, asOnLine: firstLine), at: line.position(line.indent),
                       hint: line.indent > indent ? Messages.Syntax.listItemOnOneLineHint : nil)
                continue
            }
            let characters = line.characters
            guard characters[indent] == "-", characters.count == indent + 1 || characters[indent + 1] == " " else {
                report(Messages.Syntax.expectedListItem, at: line.position(indent))
                continue
            }
            var start = indent + 1
            while start < characters.count, characters[start] == " " { start += 1 }
            if start == characters.count || characters[start] == "#" {
                report(Messages.Syntax.emptyListItem, at: line.position(indent))
                continue
            }
            if case .scalar(let scalar)? = parseInlineValue(line, from: start, context: .listItem) {
                items.append(scalar)
            }
        }
        return .list(items)
    }

    mutating func parseMap(_ lines: [FrontMatterLine], indent: Int) -> FrontMatter.Value {
        let firstLine = lines[0].number
        var entries: [FrontMatter.Entry] = []
        var seen: [String: Int] = [:]
        /// Set after an entry with no value, so that the lines under it read as a nested map.
        var lastEntryIsEmpty = false
        var insideNestedMap = false
        for line in lines {
            guard line.indent == indent else {
                if line.indent > indent, lastEntryIsEmpty || insideNestedMap {
                    if !insideNestedMap {
                        report(Messages.Syntax.nestedMaps, at: line.position(line.indent), hint: Messages.Syntax.nestedMapsHint)
                    }
                    insideNestedMap = true
                } else {
                    report(Messages.Syntax.badIndentation(expected: indent, asOnLine: firstLine), at: line.position(line.indent))
                }
                lastEntryIsEmpty = false
                continue
            }
            insideNestedMap = false
            lastEntryIsEmpty = false
            if line.characters[indent] == "-" {
                report(Messages.Syntax.listItemInMap, at: line.position(indent))
                continue
            }
            guard let (key, valueStart) = parseKey(line, at: indent, keyKind: .mapKey) else { continue }
            var value = FrontMatter.Value.empty
            if let start = valueStart {
                value = parseInlineValue(line, from: start, context: .mapValue) ?? .invalid
            } else {
                lastEntryIsEmpty = true
            }
            if let first = seen[key] {
                report(Messages.Syntax.duplicateKey(key, firstLine: first), at: line.position(indent))
                continue
            }
            seen[key] = line.number
            entries.append(FrontMatter.Entry(key: key, keyPosition: line.position(indent), value: value))
        }
        return .map(entries)
    }

    /// Parses the value that starts at `start` and runs to the end of the line.
    mutating func parseInlineValue(_ line: FrontMatterLine, from start: Int, context: ValueContext = .topLevel) -> FrontMatter.Value? {
        let characters = line.characters
        switch characters[start] {
        case "\"", "'":
            guard let (scalar, end) = parseQuoted(line, from: start), expectLineEnd(line, from: end) else { return nil }
            return .scalar(scalar)
        case "[":
            switch context {
            case .topLevel:
                return parseFlowList(line, from: start)
            case .listItem:
                report(Messages.Syntax.nestedLists, at: line.position(start))
            case .mapValue:
                report(Messages.Syntax.listInMap, at: line.position(start))
            }
            return nil
        case "{":
            report(Messages.Syntax.flowMaps, at: line.position(start), hint: Messages.Syntax.flowMapsHint)
            return nil
        case "|" where isBlockScalarHeader(characters, from: start), ">" where isBlockScalarHeader(characters, from: start):
            report(Messages.Syntax.blockScalars, at: line.position(start), hint: Messages.Syntax.blockScalarsHint)
            return nil
        default:
            return .scalar(plainScalar(line, from: start, upTo: plainEnd(characters, from: start)))
        }
    }

    /// Whether `|` or `>` at `start` opens a YAML block scalar (`|`, `>-`, `|+2`, …).
    func isBlockScalarHeader(_ characters: [Character], from start: Int) -> Bool {
        characters[(start + 1)...].prefix { $0 != "#" }.allSatisfy { "+-0123456789 ".contains($0) }
    }

    /// The end of a plain scalar: the end of the line or a ` #` comment, trailing spaces dropped.
    func plainEnd(_ characters: [Character], from start: Int) -> Int {
        var end = characters.count
        var index = start + 1
        while index < characters.count {
            if characters[index] == "#", characters[index - 1] == " " {
                end = index
                break
            }
            index += 1
        }
        while end > start, characters[end - 1] == " " { end -= 1 }
        return end
    }

    func plainScalar(_ line: FrontMatterLine, from start: Int, upTo end: Int) -> FrontMatter.Scalar {
        let text = String(line.characters[start..<end])
        return FrontMatter.Scalar(text: text, style: .plain, position: line.position(start))
    }

    /// Parses a quoted string starting at the quote at `start`; returns it and the index after
    /// the closing quote.
    mutating func parseQuoted(_ line: FrontMatterLine, from start: Int) -> (FrontMatter.Scalar, Int)? {
        let characters = line.characters
        let quote = characters[start]
        var text = ""
        var isValid = true
        var index = start + 1
        while index < characters.count {
            let character = characters[index]
            if quote == "\"" {
                if character == "\\", index + 1 < characters.count {
                    switch characters[index + 1] {
                    case "\"": text.append("\"")
                    case "\\": text.append("\\")
                    case "n": text.append("\n")
                    default:
                        report(Messages.Syntax.unknownEscape(characters[index + 1]), at: line.position(index), hint: Messages.Syntax.escapesHint)
                        isValid = false
                    }
                    index += 2
                    continue
                }
                if character == "\"" { break }
            } else if character == "'" {
                if index + 1 < characters.count, characters[index + 1] == "'" {
                    text.append("'")
                    index += 2
                    continue
                }
                break
            }
            text.append(character)
            index += 1
        }
        guard index < characters.count else {
            report(Messages.Syntax.unterminatedString(doubleQuoted: quote == "\""), at: line.position(start), hint: Messages.Syntax.closeQuoteHint(quote))
            return nil
        }
        guard isValid else { return nil }
        let scalar = FrontMatter.Scalar(
            text: text, style: quote == "\"" ? .doubleQuoted : .singleQuoted, position: line.position(start),
            source: String(characters[(start + 1)..<index]), sourcePosition: line.position(start + 1))
        return (scalar, index + 1)
    }

    /// Parses `[a, "b, c", 'd']` starting at the `[` at `start`.
    mutating func parseFlowList(_ line: FrontMatterLine, from start: Int) -> FrontMatter.Value? {
        let characters = line.characters
        var items: [FrontMatter.Scalar] = []
        var isValid = true
        var expectsItem = true
        var index = start + 1
        while true {
            while index < characters.count, characters[index] == " " { index += 1 }
            guard index < characters.count else {
                report(Messages.Syntax.unterminatedList, at: line.position(start))
                return nil
            }
            let character = characters[index]
            if expectsItem {
                switch character {
                case "]":
                    index += 1
                case ",":
                    report(Messages.Syntax.emptyItemInList, at: line.position(index))
                    isValid = false
                    index += 1
                    continue
                case "[":
                    report(Messages.Syntax.nestedLists, at: line.position(index))
                    return nil
                case "{":
                    report(Messages.Syntax.flowMaps, at: line.position(index))
                    return nil
                case "\"", "'":
                    guard let (scalar, end) = parseQuoted(line, from: index) else { return nil }
                    items.append(scalar)
                    index = end
                    expectsItem = false
                    continue
                default:
                    var end = index
                    while end < characters.count, characters[end] != ",", characters[end] != "]" { end += 1 }
                    var trimmed = end
                    while trimmed > index, characters[trimmed - 1] == " " { trimmed -= 1 }
                    items.append(plainScalar(line, from: index, upTo: trimmed))
                    index = end
                    expectsItem = false
                    continue
                }
                break
            }
            if character == "," {
                expectsItem = true
                index += 1
                continue
            }
            if character == "]" {
                index += 1
                break
            }
            report(Messages.Syntax.expectedCommaOrBracket, at: line.position(index))
            return nil
        }
        guard expectLineEnd(line, from: index), isValid else { return nil }
        return .list(items)
    }

    /// Checks that only spaces and a comment follow `index`.
    mutating func expectLineEnd(_ line: FrontMatterLine, from index: Int) -> Bool {
        var index = index
        while index < line.characters.count, line.characters[index] == " " { index += 1 }
        guard index < line.characters.count, line.characters[index] != "#" else { return true }
        report(Messages.Syntax.textAfterValue, at: line.position(index), hint: Messages.Syntax.textAfterValueHint)
        return false
    }
}
