import Foundation
import KnowledgeBase
import SiteBuilder

/// `spravka build`: the static help site, every region, into `public/`.
struct BuildCommand: Command {
    static let name = "build"
    static let summary = "Build the help site into public/."
    static let discussion = """
        Loads and checks the knowledge base, renders every region's sub-site (articles, the \
        "Не получается войти?" wizard, search, sitemap, feed, 404) and swaps it into the \
        output folder at once. On a content error nothing is written: the errors are listed \
        as path:line:column and the previous site stays as it was. A rebuild with no change \
        rewrites nothing.
        """

    static let articles = Option.value("articles", valueName: "dir", help: "The knowledge base (default: Articles).")
    static let theme = Option.value("theme", valueName: "dir", help: "The theme: CSS, scripts, icons (default: site).")
    static let output = Option.value("output", valueName: "dir", help: "Where the site goes (default: public).")
    static let baseURL = Option.value("base-url", valueName: "url", help: "The address the site is served from, for canonical links (default: https://spravka.local).")
    static let region = Option.value("region", valueName: "code", repeatable: true, help: "Build only this region (repeatable).")
    static let timings = Option.flag("timings", help: "Print how long each stage took.")
    static let options = [articles, theme, output, baseURL, region, timings]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        func folder(_ option: Option, _ fallback: String) -> URL {
            URL(fileURLWithPath: arguments.value(option) ?? fallback, isDirectory: true, relativeTo: current)
        }
        let builder = SiteBuilder(options: SiteBuilder.Options(
            articles: folder(articles, "Articles"),
            theme: folder(theme, "site"),
            output: folder(output, "public"),
            baseURL: arguments.value(baseURL) ?? "https://spravka.local",
            regions: arguments.values(region)))
        let report: BuildReport
        do {
            report = try builder.build()
        } catch {
            throw CommandFailure(Messages.cannotWriteSite("\(error)"), exitCode: .failure)
        }
        let errors = report.diagnostics.filter { $0.severity == .error }
        let warnings = report.diagnostics.count - errors.count
        if !report.diagnostics.isEmpty {
            console.error.write(report.diagnostics.map { "\($0)\n" }.joined())
        }
        guard report.succeeded else {
            console.error.write(Messages.buildFailed(errors: errors.count, warnings: warnings) + "\n")
            return .failure
        }
        if arguments.isSet(timings) {
            for (stage, duration) in report.timings {
                let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
                console.output.write("\(stage): \(Int(milliseconds.rounded())) ms\n")
            }
        }
        let output = arguments.value(output) ?? "public"
        console.output.write(Messages.built(pages: report.pageCount, files: report.fileCount, kibibytes: report.byteCount / 1024,
                                            output: output, changed: report.changedFiles) + "\n")
        return .success
    }
}
