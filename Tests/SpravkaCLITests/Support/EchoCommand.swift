import SpravkaCLI

/// A test-only command with every kind of option and positional, which prints what it parsed.
struct EchoCommand: Command {
    static let name = "echo"
    static let summary = "Print the parsed arguments."

    static let upper = Option.flag("upper", short: "u", help: "A flag.")
    static let format = Option.value(
        "format", allowedValues: ["json", "text"], defaultValue: "text", help: "A choice.")
    static let given = Option.value(
        "given", valueName: "fact=value", repeatable: true, help: "A repeatable option.")
    static let title = Option.value("title", short: "t", help: "A free value.")
    static let options = [upper, format, given, title]

    static let first = Positional.required("first", help: "A required positional.")
    static let rest = Positional.repeating("rest", help: "The rest.")
    static let positionals = [first, rest]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        if arguments.value(first) == "fail" {
            throw CommandFailure("asked to fail", exitCode: .dataError)
        }
        if arguments.value(first) == "misuse" {
            throw UsageError("'misuse' is not a word")
        }
        if arguments.value(first) == "crash" {
            throw CrashError()
        }
        let lines = [
            "upper=\(arguments.isSet(upper))",
            "format=\(arguments.value(format) ?? "-")",
            "given=\(arguments.values(given))",
            "title=\(arguments.value(title) ?? "-")",
            "first=\(arguments.value(first) ?? "-")",
            "rest=\(arguments.values(rest))",
        ]
        console.output.write(lines.joined(separator: "\n") + "\n")
        return .success
    }

    struct CrashError: Error, CustomStringConvertible {
        var description: String { "something impossible" }
    }
}

/// A test-only command with no options or positionals.
struct NothingCommand: Command {
    static let name = "nothing"
    static let summary = "Do nothing."

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        .failure
    }
}

let testTool = CommandLineTool(
    name: "tool", version: "9.9.9", overview: "A tool for tests.",
    commands: { [NothingCommand.self, WrapCommand.self, EchoCommand.self] })

/// A test-only command whose help needs wrapping.
struct WrapCommand: Command {
    static let name = "wrap"
    static let summary = "Show how long help text is laid out."
    static let discussion = """
        A discussion long enough to be wrapped at eighty columns, with words that go on and on until the line is full.
        A second paragraph starts on its own line.
        """

    static let options = [
        Option.value(
            "a-very-long-option-name", valueName: "value-name",
            help: "Help that does not fit in the column to the right of the gutter, so it wraps under itself."),
        Option.flag("short", help: "Fits."),
    ]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        .success
    }
}
