import Foundation
import KnowledgeBase

/// Builds the static help site from a knowledge base, in named stages:
/// load → assemble → render → write. A content error stops the build before anything is
/// written; the write swaps the finished site in at once, so a failed build leaves the
/// previous site untouched.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        public var articles: URL
        public var theme: URL
        public var output: URL
        /// The absolute address the site is served from, without a final `/`, for canonical
        /// links, the sitemap and the feed (`https://spravka.example`).
        public var baseURL: String
        /// Build only these regions (all when empty).
        public var regions: [String]

        public init(articles: URL, theme: URL, output: URL, baseURL: String = "https://spravka.local", regions: [String] = []) {
            self.articles = articles
            self.theme = theme
            self.output = output
            self.baseURL = baseURL
            self.regions = regions
        }
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Runs every stage. Errors in the content come back in the report (nothing written);
    /// an error writing files is thrown.
    public func build() throws -> BuildReport {
        let clock = ContinuousClock()
        var report = BuildReport()
        let start = clock.now

        // Nothing to do when the output was built from exactly these inputs, and its build,
        // this month, found nothing to warn about: then the content need not even be loaded
        // and checked. (The fingerprint takes the regions as asked for; an unknown one failed
        // that build.)
        let today = ContentDate.today()
        let month = ContentMonth(today).description
        let fingerprint = BuildFingerprint.make(
            articles: options.articles, theme: options.theme,
            options: ["site-format 2", options.baseURL] + Set(options.regions).sorted())
        let writer = SiteWriter(output: options.output)
        let previous = writer.upToDate(fingerprint: fingerprint)
        report.timings.append(("fingerprint", clock.now - start))
        if let previous, previous.warnings == 0, previous.checked == month {
            return Self.upToDate(previous, report: report)
        }

        // Load.
        let loadStart = clock.now
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(directory: options.articles, options: .init(today: today))
        report.diagnostics = diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) {
            report.stage = .load
            return report
        }
        var regionCodes = knowledgeBase.regions.map(\.code)
        if !options.regions.isEmpty {
            let unknown = options.regions.filter { code in !regionCodes.contains(code) }
            guard unknown.isEmpty else {
                report.diagnostics.append(Diagnostic(.error, path: "--region", line: 1, column: 1,
                    message: Messages.unknownRegionCodes(unknown),
                    hint: Messages.regionCodesHint(examples: Array(regionCodes.prefix(3)))))
                report.stage = .load
                return report
            }
            regionCodes = regionCodes.filter { options.regions.contains($0) }
        }
        let theme: Theme
        do {
            theme = try Theme.load(from: options.theme)
        } catch {
            report.diagnostics.append(Diagnostic(.error, path: options.theme.path, line: 1, column: 1,
                message: Messages.unreadableTheme(error.localizedDescription)))
            report.stage = .load
            return report
        }
        report.timings.append(("load", clock.now - loadStart))
        // Up to date, with the warnings of the content reported again.
        if let previous {
            return Self.upToDate(previous, report: report)
        }

        // Assemble.
        let assembleStart = clock.now
        // The pages take their words from the catalogue (`pages/<kind>.md`): without a file of
        // it, a page would have none. (`spravka check` checks the keys of the files there are.)
        let missingWords = PageText.Kind.allCases.filter { knowledgeBase.pageTexts[$0] == nil }
        guard missingWords.isEmpty else {
            for kind in missingWords {
                let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
                let path = DisplayPath.join(DisplayPath.relative(options.articles, to: current), "pages/\(kind.rawValue).md")
                report.diagnostics.append(Diagnostic(.error, path: path, line: 1, column: 1,
                    message: Messages.missingPageTexts(path), hint: Messages.missingPageTextsHint))
            }
            report.stage = .assemble
            return report
        }
        let site: SiteModel
        do {
            site = try SiteModel(knowledgeBase: knowledgeBase, regionCodes: regionCodes, baseURL: options.baseURL, theme: theme)
        } catch {
            let path = knowledgeBase.region(code: error.code)?.path ?? "--region"
            report.diagnostics.append(Diagnostic(.error, path: path, line: 1, column: 1, message: Messages.cannotAssembleRegion(error.description)))
            report.stage = .assemble
            return report
        }
        let pages = Assembler(site: site).pages()
        report.timings.append(("assemble", clock.now - assembleStart))

        // Render, in parallel.
        let renderStart = clock.now
        let files = Renderer(site: site).render(pages) + theme.files
        report.timings.append(("render", clock.now - renderStart))

        // Write.
        let writeStart = clock.now
        let summary = SiteWriter.Summary(
            fingerprint: fingerprint, pages: files.filter { $0.path.hasSuffix(".html") }.count,
            files: files.count, bytes: files.reduce(0) { $0 + $1.bytes.count },
            warnings: report.diagnostics.count, checked: month, paths: files.map(\.path))
        let written = try writer.write(files, summary: summary)
        report.timings.append(("write", clock.now - writeStart))

        report.stage = .done
        report.pageCount = files.filter { $0.path.hasSuffix(".html") }.count
        report.fileCount = files.count
        report.byteCount = files.reduce(0) { $0 + $1.bytes.count }
        report.changedFiles = written.changed
        report.files = files.map { ($0.path, $0.bytes.count) }
        return report
    }

    /// The report of a build that found the output up to date: nothing written.
    private static func upToDate(_ summary: SiteWriter.Summary, report: BuildReport) -> BuildReport {
        var report = report
        report.stage = .done
        report.pageCount = summary.pages
        report.fileCount = summary.files
        report.byteCount = summary.bytes
        report.changedFiles = 0
        return report
    }
}
