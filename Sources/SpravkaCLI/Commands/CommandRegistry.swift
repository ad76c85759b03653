/// Every subcommand of `spravka`. Adding a command: write `Commands/<Name>Command.swift` and
/// add one line here (help lists commands sorted by name, whatever the order here).
var commandRegistry: [any Command.Type] {
    [
        MarkdownCommand.self,
        CheckCommand.self,
        BuildCommand.self,
        ServeCommand.self,
        NewCommand.self,
        DiagnoseCommand.self,
        SnilsCommand.self,
        CompareNamesCommand.self,
        TreeCommand.self,
        StatsCommand.self,
        QRCommand.self,
    ]
}
