import Foundation
import KnowledgeBase

/// `spravka new article|region`: starts a content file that passes `spravka check` at once.
struct NewCommand: Command {
    static let name = "new"
    static let summary = "Start a new article or a region file."
    static let discussion = """
        'new article ID' writes Articles/articles/ID.md, or with --region CODE \
        Articles/regions/CODE/ID.md (a copy of the common article ID when there is one, to \
        override it for the region): every front-matter key, explained, and a body in the \
        house style. 'new region CODE' writes Articles/regions/CODE.md with every field, or \
        adds the missing fields to the existing file without changing what is there. Places \
        still to fill in are marked ЗАПОЛНИТЕ and listed as warnings. An existing file is \
        never overwritten.
        """

    static let kind = Positional.required("kind", help: "What to start: article or region.")
    static let identifier = Positional.required("id", help: "The article id (login-website) or the region code (55).")
    static let positionals = [kind, identifier]

    static let region = Option.value("region", valueName: "code", help: "For an article: make it regional, for this region only.")
    static let audience = Option.value("audience", valueName: "who", repeatable: true,
                                       allowedValues: Audience.allCases.map(\.rawValue), help: "For an article: who it is for (repeatable; default: parent).")
    static let topic = Option.value("topic", allowedValues: Topic.allCases.map(\.rawValue), help: "For an article: the section of the site (default: faq).")
    static let title = Option.value("title", help: "For an article: its title.")
    static let articles = Option.value("articles", valueName: "dir", help: "The knowledge base (default: Articles).")
    static let options = [region, audience, topic, title, articles]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        var displayRoot = arguments.value(articles) ?? "Articles"
        while displayRoot.count > 1, displayRoot.hasSuffix("/") { displayRoot.removeLast() }
        let directory = URL(fileURLWithPath: displayRoot, isDirectory: true, relativeTo: current)
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw CommandFailure(Messages.noKnowledgeBase(displayRoot), exitCode: .failure)
        }
        let id = arguments.value(identifier) ?? ""
        let scaffold: Scaffold
        do {
            switch arguments.value(kind) {
            case "article":
                let request = ArticleScaffold.Request(
                    id: id, region: arguments.value(region),
                    audiences: arguments.values(audience).compactMap(Audience.init(rawValue:)),
                    topic: arguments.value(topic).flatMap(Topic.init(rawValue:)),
                    title: arguments.value(title), updated: .today())
                scaffold = try ArticleScaffold.make(request, articles: directory, displayRoot: displayRoot)
            case "region":
                for option in [region, audience, topic, title] where !arguments.values(option).isEmpty {
                    throw UsageError(Messages.optionOnlyForArticle(option.spelling))
                }
                scaffold = try RegionScaffold.make(code: id, articles: directory, displayRoot: displayRoot)
            default:
                throw UsageError(Messages.unknownKind(arguments.value(kind) ?? ""))
            }
            try scaffold.write()
        } catch let error as ScaffoldError {
            throw CommandFailure(error.message, exitCode: .failure)
        }

        var text = (scaffold.completesExistingFile ? Messages.completed(scaffold.displayPath) : Messages.created(scaffold.displayPath)) + "\n"
        if let source = scaffold.copiedFrom {
            text += Messages.copiedFrom(source) + "\n"
        }
        // The new file as `check` sees it: what is still to fill in, and anything worse.
        let (_, diagnostics) = KnowledgeBase.load(directory: directory, relativeTo: current)
        let own = diagnostics.filter { $0.path == scaffold.displayPath }
        // One line per place: where `check` already reports a line, the scaffold's own note
        // about it is left out.
        let reported = Set(own.map(\.line))
        let gaps = scaffold.gapDiagnostics.filter { !reported.contains($0.line) }
        let lines = (gaps + own).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        for diagnostic in lines {
            let style: TextStyle = diagnostic.severity == .error ? .boldRed : .boldYellow
            text += "\(diagnostic.path):\(diagnostic.line):\(diagnostic.column): \(console.styled(diagnostic.severity.rawValue + ":", style, on: console.output)) \(diagnostic.message)"
            text += diagnostic.hint.map { " (\($0))\n" } ?? "\n"
        }
        let errors = own.filter { $0.severity == .error }.count
        text += lines.isEmpty ? Messages.nothingToFillIn : Messages.fillInMarked(Scaffold.marker)
        text += Messages.checkAndPreview + "\n"
        console.output.write(text)
        return errors == 0 ? .success : .failure
    }
}
