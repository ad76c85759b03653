/// `spravka`'s version, printed by `spravka --version`.
public let spravkaVersion = "0.1.0"

extension CommandLineTool {
    /// The `spravka` tool with every subcommand in ``commandRegistry``.
    public static let spravka = CommandLineTool(
        name: "spravka",
        version: spravkaVersion,
        overview: "A help desk for Dnevnik.ru sign-in problems, kept as Markdown.",
        commands: { commandRegistry })
}

/// Runs `spravka` with `arguments` (without the program name) on `console` and returns the
/// exit status; the executable passes it to `exit`.
public func run(arguments: [String], console: Console) -> Int32 {
    CommandLineTool.spravka.run(arguments: arguments, console: console)
}
