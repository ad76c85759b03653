import Foundation
import HTTP
import KnowledgeBase

/// `spravka serve`: builds the site into a private folder, serves it over HTTP, and rebuilds
/// when a file of the knowledge base or the theme changes. Pages it serves carry a script that
/// reloads them after a rebuild; while the content has errors, every page is replaced by the
/// list of errors and everything else still comes from the last good build.
///
/// Builds alternate between two folders, so the folder being served is never the one being
/// written.
public final class PreviewServer: @unchecked Sendable {
    public struct Options: Sendable {
        public var articles: URL
        public var theme: URL
        /// Build only these regions (all when empty).
        public var regions: [String]
        public var host: String
        public var port: Int
        /// Seconds between two looks at the files' modification times.
        public var pollInterval: Double

        public init(articles: URL, theme: URL, regions: [String] = [], host: String = "127.0.0.1", port: Int = 8000, pollInterval: Double = 0.5) {
            self.articles = articles
            self.theme = theme
            self.regions = regions
            self.host = host
            self.port = port
            self.pollInterval = pollInterval
        }
    }

    /// What happened to a build, for the terminal.
    public enum Event: Sendable {
        /// The site was built (`initial` for the first build) and is now served.
        case built(BuildReport, initial: Bool)
        /// The content has errors; the diagnostics are in the report.
        case failed(BuildReport)
        /// The site could not be written.
        case writeFailed(String)
    }

    public let options: Options
    private let onEvent: @Sendable (Event) -> Void
    private let workDirectory: URL
    private let lock = NSLock()
    private var server: HTTPServer?
    private var state = State()
    private var watching = false
    private let watcherEnded = DispatchSemaphore(value: 0)
    private let stopRequested = DispatchSemaphore(value: 0)

    /// Why the server could not start, said for the author.
    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    private struct State {
        /// The folder of the last good build.
        var site: URL?
        /// The errors of the last build, when it failed.
        var failure: [Diagnostic]?
        /// Changes whenever what the browser should show changes.
        var version = 0
        var builds = 0
    }

    public init(options: Options, onEvent: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.options = options
        self.onEvent = onEvent
        workDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spravka-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    }

    /// `http://host:port/`, once started.
    public var address: String {
        let port = lock.withLock { server?.port } ?? options.port
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        return "http://\(host):\(port)/"
    }

    /// Listens, builds the site once, and starts watching for changes. A content error in the
    /// first build is not a failure: the browser shows it until it is fixed.
    public func start() throws {
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        let server = HTTPServer(configuration: HTTPServer.Configuration(host: options.host, port: options.port)) { [self] request in
            respond(to: request)
        }
        do {
            try server.start()
        } catch {
            try? FileManager.default.removeItem(at: workDirectory)
            if let failure = error as? Socket.Failure { throw StartFailure(description: Messages.cannotListen(failure.kind)) }
            throw error
        }
        lock.withLock {
            self.server = server
            watching = true
        }
        let snapshot = FolderSnapshot([options.articles, options.theme])
        rebuild(initial: true)
        let thread = Thread { [self] in watch(from: snapshot) }
        thread.name = "spravka-serve-watch"
        thread.start()
    }

    /// Polls the files' modification times and rebuilds when they change.
    private func watch(from snapshot: FolderSnapshot) {
        var snapshot = snapshot
        while isWatching {
            if stopRequested.wait(timeout: .now() + options.pollInterval) == .success { break }
            let current = FolderSnapshot([options.articles, options.theme])
            if current != snapshot, isWatching {
                snapshot = current
                rebuild(initial: false)
            }
        }
        watcherEnded.signal()
    }

    /// Stops watching and serving, and removes the private build folders.
    public func stop() {
        let (server, wasWatching) = lock.withLock { () -> (HTTPServer?, Bool) in
            let wasWatching = watching
            watching = false
            return (self.server, wasWatching)
        }
        guard wasWatching else { return }
        stopRequested.signal()
        watcherEnded.wait()
        server?.stop()
        try? FileManager.default.removeItem(at: workDirectory)
    }

    /// Gives up on a server whose first build is still running (the process is about to end):
    /// removes the private build folders without waiting for the build.
    public func abandon() {
        lock.withLock { watching = false }
        try? FileManager.default.removeItem(at: workDirectory)
    }

    private var isWatching: Bool { lock.withLock { watching } }

    /// Builds into the folder not being served and, when the build succeeds, serves it.
    func rebuild(initial: Bool) {
        let slot = lock.withLock { state.builds % 2 == 0 ? "a" : "b" }
        let output = workDirectory.appendingPathComponent(slot, isDirectory: true)
        let builder = SiteBuilder(options: SiteBuilder.Options(
            articles: options.articles, theme: options.theme, output: output,
            baseURL: String(address.dropLast()), regions: options.regions))
        let report: BuildReport
        do {
            report = try builder.build()
        } catch {
            onEvent(.writeFailed("\(error)"))
            return
        }
        lock.withLock {
            state.version += 1
            if report.succeeded {
                state.site = output
                state.failure = nil
                state.builds += 1
            } else {
                state.failure = report.diagnostics
            }
        }
        onEvent(report.succeeded ? .built(report, initial: initial) : .failed(report))
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let state = lock.withLock { self.state }
        let path = request.rawPath
        if path == LiveReload.versionPath {
            return .text(.ok, "\(state.version)\n", headers: [("Cache-Control", "no-store")])
        }
        if path == LiveReload.scriptPath {
            return HTTPResponse(status: .ok,
                                headers: [("Content-Type", "text/javascript; charset=utf-8"), ("Cache-Control", "no-store")],
                                body: Array(LiveReload.scriptSource.utf8))
        }
        let isRead = request.method == "GET" || request.method == "HEAD"
        if isRead, let failure = state.failure, Self.isPage(path) {
            return HTTPResponse(status: .internalServerError,
                                headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                                body: BuildErrorPage.render(failure, version: state.version))
        }
        let site = state.site
        if isRead, site == nil, Self.isPage(path) {
            return HTTPResponse(status: .serviceUnavailable,
                                headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                                body: BuildingPage.render(version: state.version))
        }
        var response = StaticFiles(root: { site }).respond(to: request)
        if response.header("Content-Type")?.hasPrefix("text/html") == true {
            response.body = LiveReload.inject(into: response.body, version: state.version)
        }
        return response
    }

    /// Whether a path asks for a page (a folder, an `.html` file, or a name with no extension),
    /// which the error list replaces while the content has errors.
    static func isPage(_ path: String) -> Bool {
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        return last.isEmpty || last.hasSuffix(".html") || !last.contains(".")
    }
}
