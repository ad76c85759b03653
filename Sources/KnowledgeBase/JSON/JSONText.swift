/// Minimal JSON writing for the stateless protocol and the site's JSON files: keys in the order given, strings escaped
/// per RFC 8259, no whitespace, so the output is byte-for-byte stable.
public enum JSONText {
    package indirect enum Value {
        case string(String)
        case array([Value])
        case object([(String, Value)])
        case number(Int)
        case null
    }

    package static func render(_ value: Value) -> String {
        switch value {
        case .string(let text): return quote(text)
        case .array(let items): return "[" + items.map(render).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { quote($0.0) + ":" + render($0.1) }.joined(separator: ",") + "}"
        case .number(let number): return String(number)
        case .null: return "null"
        }
    }

    /// A JSON array of strings.
    public static func list(_ strings: [String]) -> String {
        "[" + strings.map(quote).joined(separator: ",") + "]"
    }

    /// A JSON string literal.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
