/// A command line parsed against a command's declared options and positionals.
///
/// Look values up with the same ``Option`` and ``Positional`` constants the command declares.
public struct ParsedArguments: Equatable, Sendable {
    /// The long names of the flags given.
    var flags: Set<String> = []
    /// The values given for each option, by long name, in command-line order.
    var optionValues: [String: [String]] = [:]
    /// The values for each declared positional, by name.
    var positionalValues: [String: [String]] = [:]
    /// Every positional argument, in order, including those after `--`.
    public internal(set) var positionals: [String] = []

    /// Whether `flag` was given.
    public func isSet(_ flag: Option) -> Bool {
        flags.contains(flag.name)
    }

    /// The value of `option`: the one given, or its default value, or `nil`.
    public func value(_ option: Option) -> String? {
        optionValues[option.name]?.last ?? option.defaultValue
    }

    /// Every value given for a repeatable `option`, in command-line order.
    public func values(_ option: Option) -> [String] {
        optionValues[option.name] ?? []
    }

    /// The value of a required or optional `positional`; `nil` when an optional one is absent.
    public func value(_ positional: Positional) -> String? {
        positionalValues[positional.name]?.first
    }

    /// Every value of a repeating `positional`, in order.
    public func values(_ positional: Positional) -> [String] {
        positionalValues[positional.name] ?? []
    }
}
