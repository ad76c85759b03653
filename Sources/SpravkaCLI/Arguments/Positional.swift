/// A positional argument a command accepts, such as the `<path>` of `spravka check <path>`.
public struct Positional: Hashable, Sendable {
    public enum Arity: Hashable, Sendable {
        /// Exactly one value.
        case required
        /// Zero or one value; only the last positional may be optional.
        case optional
        /// Zero or more values; only the last positional may repeat.
        case repeating
    }

    /// The name shown in help, as in `<path>`.
    public let name: String
    public let arity: Arity
    /// One sentence for the help text.
    public let help: String

    public static func required(_ name: String, help: String) -> Positional {
        Positional(name: name, arity: .required, help: help)
    }

    public static func optional(_ name: String, help: String) -> Positional {
        Positional(name: name, arity: .optional, help: help)
    }

    public static func repeating(_ name: String, help: String) -> Positional {
        Positional(name: name, arity: .repeating, help: help)
    }

    /// `<name>`, `[<name>]` or `[<name> ...]`, as the usage line shows it.
    var synopsis: String {
        switch arity {
        case .required: "<\(name)>"
        case .optional: "[<\(name)>]"
        case .repeating: "[<\(name)> ...]"
        }
    }
}
