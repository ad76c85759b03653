/// A command-line tool made of subcommands: `spravka <subcommand> [options]`.
///
/// It owns what every subcommand shares: `--help`/`-h` and `help <subcommand>`, `--version`,
/// the grammar of options (``ArgumentParser``), one-line usage errors with exit status 64,
/// and turning thrown errors into exit statuses.
public struct CommandLineTool: Sendable {
    /// The tool's name, used in usage lines and as the prefix of error messages.
    public let name: String
    public let version: String
    /// One line for the top of `--help`.
    public let overview: String
    private let commandTypes: @Sendable () -> [any Command.Type]

    public init(
        name: String, version: String, overview: String,
        commands: @escaping @Sendable () -> [any Command.Type]
    ) {
        self.name = name
        self.version = version
        self.overview = overview
        self.commandTypes = commands
    }

    /// The subcommands, sorted by name, as help lists them.
    public var commands: [any Command.Type] {
        commandTypes().sorted { $0.name < $1.name }
    }

    /// The name of the built-in subcommand that shows help.
    static let helpCommandName = "help"

    /// Runs the command line `arguments` (without the program name) and returns the exit
    /// status; never exits the process itself.
    public func run(arguments: [String], console: Console) -> Int32 {
        do {
            return try dispatch(arguments, console: console).rawValue
        } catch let error as UsageError {
            report(error.message, console: console)
            return ExitCode.usage.rawValue
        } catch let failure as CommandFailure {
            report(failure.message, console: console)
            return failure.exitCode.rawValue
        } catch {
            report("internal error: \(error)", console: console)
            return ExitCode.internalError.rawValue
        }
    }

    private func dispatch(_ arguments: [String], console: Console) throws -> ExitCode {
        var arguments = arguments[...]
        guard let first = arguments.popFirst() else {
            // Nothing to do: say what can be done, as swift-argument-parser does.
            console.output.write(toolHelp(console: console))
            return .success
        }
        switch first {
        case Option.help.spelling, Option.help.shortSpelling:
            console.output.write(toolHelp(console: console))
            return .success
        case Option.version.spelling:
            console.output.write("\(name) \(version)\n")
            return .success
        case Self.helpCommandName:
            return try help(Array(arguments), console: console)
        case "--":
            // `--` ends the tool's own options; the subcommand comes next, whatever it looks like.
            guard let name = arguments.popFirst() else {
                throw UsageError("missing subcommand after '--'; valid subcommands: \(validCommands)")
            }
            return try runCommand(named: name, Array(arguments), console: console)
        default:
            if first.hasPrefix("-"), first != "-" {
                let valid = [Option.version, Option.help].map(\.spelling).joined(separator: ", ")
                throw UsageError("unknown option '\(first)'; valid options: \(valid)")
            }
            return try runCommand(named: first, Array(arguments), console: console)
        }
    }

    private func runCommand(named name: String, _ arguments: [String], console: Console) throws -> ExitCode {
        let command = try command(named: name)
        if Self.asksForHelp(arguments) {
            console.output.write(commandHelp(command, console: console))
            return .success
        }
        let parsed = try parser(for: command).parse(arguments)
        return try command.run(parsed, console: console)
    }

    /// `spravka help [<subcommand>]`.
    private func help(_ arguments: [String], console: Console) throws -> ExitCode {
        guard let name = arguments.first else {
            console.output.write(toolHelp(console: console))
            return .success
        }
        if arguments.count > 1 {
            throw UsageError(
                "unexpected argument '\(arguments[1])' for 'help'; usage: \(self.name) help [<subcommand>]")
        }
        if name == Self.helpCommandName {
            console.output.write(helpCommandHelp(console: console))
        } else {
            console.output.write(commandHelp(try command(named: name), console: console))
        }
        return .success
    }

    /// `--help` or `-h` anywhere before `--` wins over everything else, even errors.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == Option.help.spelling || argument == Option.help.shortSpelling {
                return true
            }
        }
        return false
    }

    private func command(named name: String) throws(UsageError) -> any Command.Type {
        if let command = commands.first(where: { $0.name == name }) {
            return command
        }
        throw UsageError("unknown subcommand '\(name)'; valid subcommands: \(validCommands)")
    }

    /// The subcommands as help lists them, `help` last.
    private var validCommands: String {
        (commands.map { $0.name } + [Self.helpCommandName]).joined(separator: ", ")
    }

    func parser(for command: any Command.Type) -> ArgumentParser {
        ArgumentParser(
            commandName: command.name, options: command.options,
            positionals: command.positionals, usageLine: usageLine(command))
    }

    func usageLine(_ command: any Command.Type) -> String {
        let usage = command.usage
        return usage.isEmpty ? "\(name) \(command.name)" : "\(name) \(command.name) \(usage)"
    }

    /// `spravka: message` on standard error, one line.
    private func report(_ message: String, console: Console) {
        let prefix = console.styled(name + ":", .boldRed, on: console.error)
        console.error.write(prefix + " " + message + "\n")
    }
}
