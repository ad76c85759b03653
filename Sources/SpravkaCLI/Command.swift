/// One subcommand of `spravka`, e.g. `spravka markdown`.
///
/// A command is one file, `Commands/<Name>Command.swift`, plus one line in
/// ``CommandLineTool/commands``. It declares what it accepts; the tool parses the command line,
/// prints help and reports usage errors, then calls ``run(_:console:)`` with the result.
///
/// ```swift
/// struct EchoCommand: Command {
///     static let name = "echo"
///     static let summary = "Print the arguments."
///     static let upper = Option.flag("upper", help: "Print in upper case.")
///     static let words = Positional.repeating("word", help: "The words to print.")
///     static let options = [upper]
///     static let positionals = [words]
///
///     static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
///         let text = arguments.values(words).joined(separator: " ")
///         console.output.write((arguments.isSet(upper) ? text.uppercased() : text) + "\n")
///         return .success
///     }
/// }
/// ```
public protocol Command {
    /// The name typed on the command line: lower-case words joined by hyphens.
    static var name: String { get }
    /// One line, a sentence ending in a full stop, shown in `spravka --help`.
    static var summary: String { get }
    /// Longer help shown after the summary in `spravka help <name>`; empty for none.
    static var discussion: String { get }
    /// The options the command accepts; `--help`/`-h` is always added by the tool.
    static var options: [Option] { get }
    /// The positional arguments, in order; only the last may be optional or repeating.
    static var positionals: [Positional] { get }
    /// The usage line after `spravka <name>`; by default generated from the options and
    /// positionals, e.g. `[--unsafe] [--no-extensions]`.
    static var usage: String { get }

    /// Runs the command.
    ///
    /// Throw ``UsageError`` for a command line that parses but makes no sense (exit 64),
    /// ``CommandFailure`` for a reported failure with its own status; anything else thrown is
    /// reported as an internal error (exit 70).
    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode
}

extension Command {
    public static var discussion: String { "" }
    public static var options: [Option] { [] }
    public static var positionals: [Positional] { [] }
    public static var usage: String { Synopsis.make(options: options, positionals: positionals) }
}
