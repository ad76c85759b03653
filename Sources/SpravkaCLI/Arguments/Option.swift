/// A named option a command accepts: a flag (`--unsafe`) or an option with a value
/// (`--format json`, `--format=json`).
///
/// Declare options as static constants of the command and look their values up with the
/// same constants in ``ParsedArguments``.
public struct Option: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Present or absent, takes no value.
        case flag
        /// Takes a value; `valueName` is shown in help, as in `--format <format>`.
        case value(valueName: String)
    }

    /// The long name without its dashes: `no-extensions` for `--no-extensions`.
    public let name: String
    /// An optional one-letter spelling, `-x`.
    public let shortName: Character?
    public let kind: Kind
    /// Whether the option may be given more than once (values accumulate in order).
    public let isRepeatable: Bool
    /// The values the option accepts; empty for any value.
    public let allowedValues: [String]
    /// The value used when the option is absent, shown in help; `nil` for none.
    public let defaultValue: String?
    /// One sentence for the help text.
    public let help: String

    /// A flag: `--name`, present or absent.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> Option {
        Option(
            name: name, shortName: short, kind: .flag, isRepeatable: false,
            allowedValues: [], defaultValue: nil, help: help)
    }

    /// An option with a value: `--name value` or `--name=value`.
    public static func value(
        _ name: String,
        short: Character? = nil,
        valueName: String? = nil,
        repeatable: Bool = false,
        allowedValues: [String] = [],
        defaultValue: String? = nil,
        help: String
    ) -> Option {
        Option(
            name: name, shortName: short, kind: .value(valueName: valueName ?? name),
            isRepeatable: repeatable, allowedValues: allowedValues, defaultValue: defaultValue,
            help: help)
    }

    /// `--name`, the spelling used in messages.
    public var spelling: String { "--" + name }

    var shortSpelling: String? { shortName.map { "-" + String($0) } }

    var takesValue: Bool {
        if case .value = kind { return true }
        return false
    }

    /// `--name` or `--name <value>`.
    var synopsis: String {
        switch kind {
        case .flag: spelling
        case .value(let valueName): "\(spelling) <\(valueName)>"
        }
    }
}

extension Option {
    /// `--help`/`-h`, accepted by every command and by the tool itself.
    static let help = Option.flag("help", short: "h", help: "Show help information.")
    /// `--version`, accepted by the tool itself.
    static let version = Option.flag("version", help: "Show the version.")
}
