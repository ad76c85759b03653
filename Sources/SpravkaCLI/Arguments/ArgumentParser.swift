/// Parses one subcommand's arguments (everything after its name) against its declaration.
///
/// The grammar, after swift-argument-parser's defaults:
/// - `--name` is a flag; `--name value` and `--name=value` give an option its value;
///   `-x` and `-x value` are the one-letter spellings (no bundling of `-xy`);
/// - a value cannot start with `-` unless it is glued on with `=` (`--title=-x`), so that
///   `--format --unsafe` reports the missing value instead of eating the flag;
/// - `--` ends the options: every later argument is positional; a lone `-` is positional;
/// - options may come before, between and after positionals.
struct ArgumentParser {
    /// Names the command in messages, e.g. `markdown`.
    let commandName: String
    /// The declared options, without the implicit `--help`.
    let options: [Option]
    let positionals: [Positional]
    /// The usage line, for messages about positionals.
    let usageLine: String

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = arguments.startIndex
        var optionsEnded = false
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (spelling, gluedValue) = Self.split(argument)
            guard let option = option(spelledAs: spelling) else {
                throw UsageError(
                    "unknown option '\(spelling)' for '\(commandName)'; valid options: \(validOptions)")
            }
            switch option.kind {
            case .flag:
                if gluedValue != nil {
                    throw UsageError(
                        "option '\(option.spelling)' for '\(commandName)' takes no value, got '\(argument)'")
                }
                result.flags.insert(option.name)
            case .value:
                let value: String
                if let gluedValue {
                    value = gluedValue
                } else if index < arguments.endIndex, Self.canBeValue(arguments[index]) {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(
                        "missing value for '\(spelling)' of '\(commandName)'; \(expectedValue(option))")
                }
                try add(value, for: option, to: &result)
            }
        }
        try assignPositionals(&result)
        return result
    }

    /// Splits `--name=value` into its option and value; `-x` and `--name` have no value.
    static func split(_ argument: String) -> (spelling: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
            return (argument, nil)
        }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// Whether the next argument may be taken as a value: anything but an option.
    static func canBeValue(_ argument: String) -> Bool {
        argument == "-" || !argument.hasPrefix("-")
    }

    private func option(spelledAs spelling: String) -> Option? {
        options.first { $0.spelling == spelling || $0.shortSpelling == spelling }
    }

    /// The options as a user may type them, in declaration order, then `--help`.
    private var validOptions: String {
        (options + [.help]).map(\.spelling).joined(separator: ", ")
    }

    private func expectedValue(_ option: Option) -> String {
        if option.allowedValues.isEmpty {
            return "expected '\(option.synopsis)'"
        }
        return "valid values: " + option.allowedValues.joined(separator: ", ")
    }

    private func add(_ value: String, for option: Option, to result: inout ParsedArguments) throws(UsageError) {
        if !option.allowedValues.isEmpty, !option.allowedValues.contains(value) {
            throw UsageError(
                "invalid value '\(value)' for '\(option.spelling)' of '\(commandName)'; "
                    + expectedValue(option))
        }
        let previous = result.optionValues[option.name, default: []]
        if !option.isRepeatable, let first = previous.first {
            throw UsageError(
                "option '\(option.spelling)' for '\(commandName)' given twice, "
                    + "as '\(first)' and as '\(value)'; give it once")
        }
        result.optionValues[option.name] = previous + [value]
    }

    /// Hands the positional arguments to the declared positionals, in order.
    private func assignPositionals(_ result: inout ParsedArguments) throws(UsageError) {
        var remaining = result.positionals[...]
        for positional in positionals {
            switch positional.arity {
            case .required:
                guard let value = remaining.popFirst() else {
                    throw UsageError(
                        "missing argument '<\(positional.name)>' for '\(commandName)'; usage: \(usageLine)")
                }
                result.positionalValues[positional.name] = [value]
            case .optional:
                if let value = remaining.popFirst() {
                    result.positionalValues[positional.name] = [value]
                }
            case .repeating:
                result.positionalValues[positional.name] = Array(remaining)
                remaining = []
            }
        }
        if let unexpected = remaining.first {
            throw UsageError(
                "unexpected argument '\(unexpected)' for '\(commandName)'; usage: \(usageLine)")
        }
    }
}
