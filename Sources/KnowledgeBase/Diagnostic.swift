/// One problem found in the content, printed as `path:line:column: severity: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// The file, relative to the directory the user works in.
    public var path: String
    public var line: Int
    public var column: Int
    /// Lower-case, says what is wrong.
    public var message: String
    /// Optional: what to do about it.
    public var hint: String?

    public init(_ severity: Severity, path: String, line: Int, column: Int, message: String, hint: String? = nil) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(path):\(line):\(column): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
