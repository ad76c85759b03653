import Foundation
import KnowledgeBase

/// `spravka check`: lints the knowledge base the way a compiler lints code.
struct CheckCommand: Command {
    static let name = "check"
    static let summary = "Check the knowledge base for errors."
    static let discussion = """
        Loads every file of the knowledge base and prints each problem on its own line as \
        path:line:column: error|warning: message, sorted by path, line and column, then the \
        number of errors and warnings. Exits with 0 when there are no errors (warnings \
        allowed), 1 when there are.
        """

    static let articles = Option.value("articles", valueName: "dir", help: "The knowledge base (default: Articles).")
    static let today = Option.value(
        "today", valueName: "yyyy-mm-dd",
        help: "The day of the check (default: today, UTC); region facts confirmed more than 12 months before it are flagged.")
    static let options = [articles, today]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let directory = URL(fileURLWithPath: arguments.value(articles) ?? "Articles", isDirectory: true, relativeTo: current)
        var loadOptions = KnowledgeBase.LoadOptions()
        if let text = arguments.value(today) {
            guard let date = ContentDate(text) else { throw UsageError(Messages.badToday(text)) }
            loadOptions.today = date
        }
        let (_, diagnostics) = KnowledgeBase.load(directory: directory, relativeTo: current, options: loadOptions)
        var text = ""
        for diagnostic in diagnostics {
            let style: TextStyle = diagnostic.severity == .error ? .boldRed : .boldYellow
            let severity = console.styled(diagnostic.severity.rawValue + ":", style, on: console.output)
            text += "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column): \(severity) \(diagnostic.message)"
            if let hint = diagnostic.hint { text += " (\(hint))" }
            text += "\n"
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        text += Messages.findings(errors: errors, warnings: warnings) + "\n"
        console.output.write(text)
        return errors == 0 ? .success : .failure
    }
}
