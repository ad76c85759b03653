/// One `{{region.KEY}}` in a body or a front-matter value, at the position of its `{{`.
struct VariableUse: Equatable, Sendable {
    var key: String
    var position: TextPosition
}

/// Something written like a variable that is not one (`{{ region.name }}`, `{{name}}`).
struct MalformedVariable: Equatable, Sendable {
    var text: String
    var position: TextPosition
    var hint: String
}

/// Finds and replaces region variables, written `{{region.KEY}}`.
enum RegionVariables {
    struct Scan {
        var uses: [VariableUse] = []
        var malformed: [MalformedVariable] = []
    }

    /// The variables in `text`, whose first character is at `start` in the file.
    static func scan(_ text: String, startingAt start: TextPosition) -> Scan {
        var scan = Scan()
        let bytes = Array(text.utf8)
        guard bytes.count >= 4 else { return scan }
        var line = start.line
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            guard let close = closing(in: bytes, from: index + 2) else {
                index += 2
                continue
            }
            let inner = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
            let position = TextPosition(line: line, column: line == start.line ? start.column + column - 1 : column)
            if let key = variableKey(inner) {
                scan.uses.append(VariableUse(key: key, position: position))
            } else {
                let trimmed = inner.trimmingSpaces
                let hint = variableKey(trimmed).map(Messages.Fields.variableWithoutSpaces) ?? Messages.Fields.variableForm
                scan.malformed.append(MalformedVariable(text: "{{\(inner)}}", position: position, hint: hint))
            }
            index = close + 2
        }
        return scan
    }

    /// The index of the `}}` that closes a variable opened before `start`, on the same line.
    private static func closing(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") { return index }
            index += 1
        }
        return nil
    }

    /// `KEY` when `inner` is exactly `region.KEY` with a valid key.
    static func variableKey(_ inner: String) -> String? {
        guard inner.hasPrefix("region.") else { return nil }
        let key = String(inner.dropFirst("region.".count))
        return FrontMatterParser.BlockParser.isValidKey(key, kind: .topLevel) ? key : nil
    }

    /// `text` with every variable that `value` knows replaced; the others are left as written
    /// and their keys returned.
    static func substitute(_ text: String, value: (String) -> String?) -> (text: String, unresolved: [String]) {
        guard text.containsBytes("{{") else { return (text, []) }
        var result = ""
        var unresolved: [String] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            result += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: "}}"), !after[..<close.lowerBound].utf8.contains(UInt8(ascii: "\n")),
                  let key = variableKey(String(after[..<close.lowerBound])) else {
                result += "{{"
                rest = after
                continue
            }
            if let replacement = value(key) {
                result += replacement
            } else {
                result += rest[open.lowerBound..<close.upperBound]
                unresolved.append(key)
            }
            rest = after[close.upperBound...]
        }
        result += rest
        return (result, unresolved)
    }
}
