import Dispatch
import Foundation
import KnowledgeBase
import SiteBuilder

/// `spravka serve`: a live preview of the help site on this computer.
struct ServeCommand: Command {
    static let name = "serve"
    static let summary = "Preview the site; rebuild on every change."
    static let discussion = """
        Builds the site into a private folder (public/ is not touched) and serves it on \
        http://127.0.0.1:8000/. When a file under the knowledge base or the theme changes, the \
        site is rebuilt and open pages reload themselves. While the content has errors, the \
        terminal lists them as path:line:column and every page in the browser shows the same \
        list; the last good site is still served for everything else. Ctrl-C stops the server.
        """

    static let port = Option.value("port", short: "p", valueName: "n", help: "The port to listen on; 0 picks a free one (default: 8000).")
    static let host = Option.value("host", valueName: "addr", help: "The address to listen on (default: 127.0.0.1, this computer only).")
    static let articles = Option.value("articles", valueName: "dir", help: "The knowledge base (default: Articles).")
    static let theme = Option.value("theme", valueName: "dir", help: "The theme: CSS, scripts, icons (default: site).")
    static let region = Option.value("region", valueName: "code", repeatable: true, help: "Build only this region, for a faster preview (repeatable).")
    static let options = [port, host, articles, theme, region]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let portText = arguments.value(port) ?? "8000"
        guard let portNumber = Int(portText), (0...65535).contains(portNumber) else {
            throw UsageError(Messages.badPort(portText))
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        func folder(_ option: Option, _ fallback: String) -> URL {
            URL(fileURLWithPath: arguments.value(option) ?? fallback, isDirectory: true, relativeTo: current).standardizedFileURL
        }
        let options = PreviewServer.Options(
            articles: folder(articles, "Articles"), theme: folder(theme, "site"), regions: arguments.values(region),
            host: arguments.value(host) ?? "127.0.0.1", port: portNumber)
        let server = PreviewServer(options: options) { event in report(event, console: console) }

        // Ctrl-C stops the server instead of killing the process mid-write.
        let interruption = try Interruption()
        defer { interruption.restore() }

        // The first build runs on another thread, so that Ctrl-C during it still ends the command.
        let failure = StartFailure()
        let starter = Thread {
            do { try server.start() } catch { failure.error = error }
            interruption.notify(.started)
        }
        starter.start()
        guard interruption.wait() == .started else {
            server.abandon()
            console.output.write("\n\(Messages.stopped)\n")
            return .interrupted
        }
        if let error = failure.error {
            throw CommandFailure(Messages.cannotStart("\(error)"), exitCode: .failure)
        }
        console.output.write(Messages.serving(server.address) + "\n")
        console.output.write(Messages.watching([display(options.articles, from: current), display(options.theme, from: current)]) + "\n")
        while interruption.wait() != .signal {}
        server.stop()
        console.output.write("\n\(Messages.stopped)\n")
        return .interrupted
    }

    /// One build's outcome on the terminal: errors as path:line:column, or what was built.
    private static func report(_ event: PreviewServer.Event, console: Console) {
        switch event {
        case .built(let report, let initial):
            var text = report.diagnostics.map { "\($0)\n" }.joined()
            text += initial
                ? Messages.servedFirst(pages: report.pageCount, files: report.fileCount) + "\n"
                : Messages.rebuilt(pages: report.pageCount, milliseconds: milliseconds(report)) + "\n"
            console.output.write(text)
        case .failed(let report):
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            var text = report.diagnostics.map { "\($0)\n" }.joined()
            text += Messages.serveBuildFailed(errors: errors) + "\n"
            console.error.write(text)
        case .writeFailed(let message):
            console.error.write(Messages.cannotWriteSite(message) + "\n")
        }
    }

    private static func milliseconds(_ report: BuildReport) -> Int {
        let total = report.timings.reduce(Duration.zero) { $0 + $1.duration }
        return Int(total.components.seconds) * 1000 + Int(total.components.attoseconds / 1_000_000_000_000_000)
    }

    private static func display(_ url: URL, from current: URL) -> String {
        let path = url.path
        let base = current.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}

/// Why `start` failed, handed from the starting thread to the waiting one (the pipe write and
/// read between them order the accesses).
private final class StartFailure: @unchecked Sendable {
    var error: (any Error)?
}

/// Waits for Ctrl-C (`SIGINT`) or `SIGTERM`, or for the server to have started. A signal
/// handler may only do async-signal-safe work, so it writes one byte to a pipe, and the
/// waiting thread reads it.
private struct Interruption: Sendable {
    enum Event: UInt8 {
        case signal = 1
        case started = 2
    }

    nonisolated(unsafe) private static var pipeInput: Int32 = -1
    private let pipeOutput: Int32
    private static let signals = [SIGINT, SIGTERM]

    init() throws {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw CommandFailure("cannot create a pipe for Ctrl-C", exitCode: .internalError) }
        pipeOutput = descriptors[0]
        Self.pipeInput = descriptors[1]
        for number in Self.signals {
            signal(number) { _ in
                var byte = Interruption.Event.signal.rawValue
                _ = write(Interruption.pipeInput, &byte, 1)
            }
        }
    }

    func notify(_ event: Event) {
        var byte = event.rawValue
        _ = write(Self.pipeInput, &byte, 1)
    }

    /// Blocks until a signal or a notification arrives.
    func wait() -> Event {
        var byte: UInt8 = 0
        while true {
            let count = read(pipeOutput, &byte, 1)
            if count == 1, let event = Event(rawValue: byte) { return event }
            if count < 0, errno == EINTR { continue }
            // The pipe cannot close while we hold its write end; treat anything else as a stop.
            return .signal
        }
    }

    /// Puts the default signal handling back and closes the pipe.
    func restore() {
        for number in Self.signals { signal(number, SIG_DFL) }
        close(pipeOutput)
        close(Self.pipeInput)
    }
}
