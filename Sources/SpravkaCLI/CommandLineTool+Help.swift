extension CommandLineTool {
    /// `spravka --help`: the overview, the tool's options and every subcommand.
    func toolHelp(console: Console) -> String {
        let subcommands =
            commands.map { HelpFormatter.Row(label: $0.name, text: $0.summary) }
            + [HelpFormatter.Row(label: Self.helpCommandName, text: Self.helpCommandSummary)]
        return formatter(console).render(
            overview: overview,
            discussion: "",
            usage: "\(name) <subcommand>",
            sections: [
                .init(title: "OPTIONS", rows: [.init(Option.version), .init(Option.help)]),
                .init(
                    title: "SUBCOMMANDS", rows: subcommands,
                    footer: "See '\(name) help <subcommand>' for detailed help."),
            ])
    }

    /// `spravka help <subcommand>` and `spravka <subcommand> --help`.
    func commandHelp(_ command: any Command.Type, console: Console) -> String {
        formatter(console).render(
            overview: command.summary,
            discussion: command.discussion,
            usage: usageLine(command),
            sections: [
                .init(title: "ARGUMENTS", rows: command.positionals.map(HelpFormatter.Row.init)),
                .init(title: "OPTIONS", rows: (command.options + [.help]).map(HelpFormatter.Row.init)),
            ])
    }

    /// `spravka help help`.
    func helpCommandHelp(console: Console) -> String {
        formatter(console).render(
            overview: Self.helpCommandSummary,
            discussion: "",
            usage: "\(name) help [<subcommand>]",
            sections: [
                .init(
                    title: "ARGUMENTS",
                    rows: [.init(label: "<subcommand>", text: "The subcommand to show help for.")])
            ])
    }

    static let helpCommandSummary = "Show help for a subcommand."

    private func formatter(_ console: Console) -> HelpFormatter {
        let useColor = console.usesColor(on: console.output)
        return HelpFormatter(bold: { useColor ? TextStyle.bold.apply(to: $0) : $0 })
    }
}
