import Foundation
import ToolSupport
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `docs/for-schools.md` cannot go stale: every command in its `sh` blocks runs, in order, on a
/// copy of the repository's content; its sample outputs of `new region` and `check` are what
/// those commands print; its sample region files pass `check`; every message its table
/// explains exists; its nginx configuration serves the built site.
///
/// The commands are run as written (`swift run spravka …`) by `sh` with a stand-in `swift` on
/// the `PATH` that runs the `spravka` built for these tests. To stay fast it builds only the
/// guide's example region for `serve` and `build` when the command names none, gives `serve`
/// a free port, and maps the example server folder `/var/www/spravka` into the scratch folder.
/// It gives `check` a fixed day (`checkDay`) unless the command names one, so that the sample
/// output does not change when the content's facts grow old (that is the content's warning,
/// not the guide's).
final class SchoolGuideTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let guide = repository.appendingPathComponent("docs/for-schools.md")
    /// The guide's worked example: a region whose schools use Dnevnik.ru.
    static let exampleRegion = "68"
    /// Part of the example region's name, as its home page shows it.
    static let exampleRegionName = "Тамбов"
    /// The example region's file as the guide's reader has it before `spravka new region`
    /// completes it: what every region file must say (its system, whether it is Dnevnik.ru,
    /// when and how firmly that was confirmed, the sources), its `name_in` and its Dnevnik.ru
    /// login address, and nothing else — whatever the real content says about it by now.
    static let exampleRegionFile = """
        ---
        code: 68
        name: Тамбовская область
        name_in: в Тамбовской области
        system: Дневник.ру
        system_short: Дневник.ру
        dnevnik_ru: yes
        confirmed: 2026-09
        confidence: high
        login_url: https://login.dnevnik.ru/login/esia/tambovskaya
        sources:
          - dnevnik.ru/r/tambovskaya
        ---

        """
    /// The day `check` is run on when the command does not say.
    static let checkDay = "2026-12-01"
    static let serverFolder = "/var/www/spravka"

    private var scratch: URL!
    private var work: URL!

    private static var executable: URL { BuiltExecutable.url }

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable.path) else {
            throw XCTSkip("no spravka executable at \(Self.executable.path)")
        }
        let manager = FileManager.default
        scratch = manager.temporaryDirectory.appendingPathComponent("spravka-guide-\(UUID().uuidString)")
        work = scratch.appendingPathComponent("repository")
        try manager.createDirectory(at: work, withIntermediateDirectories: true)
        for folder in ["Articles", "site"] {
            try manager.copyItem(at: Self.repository.appendingPathComponent(folder), to: work.appendingPathComponent(folder))
        }
        // The example region starts as a region the guide's reader has not filled in yet.
        try Self.exampleRegionFile.write(to: work.appendingPathComponent("Articles/regions/\(Self.exampleRegion).md"), atomically: true, encoding: .utf8)
        try? manager.removeItem(at: work.appendingPathComponent("Articles/regions/\(Self.exampleRegion)"))

        let bin = scratch.appendingPathComponent("bin")
        try manager.createDirectory(at: bin, withIntermediateDirectories: true)
        let shim = bin.appendingPathComponent("swift")
        try """
        #!/bin/sh
        # Stand-in for `swift run spravka ARGS` in the guide's commands.
        [ "$1" = run ] && [ "$2" = spravka ] || { echo "the guide runs only 'swift run spravka …', not: swift $*" >&2; exit 99; }
        shift 2
        command="$1"
        case " $* " in *" --region "*) region="" ;; *) region="--region \(Self.exampleRegion)" ;; esac
        case " $* " in *" --today "*) today="" ;; *) today="--today \(Self.checkDay)" ;; esac
        case "$command" in
            serve) shift; exec "\(Self.executable.path)" serve "$@" $region --port 0 ;;
            build) shift; exec "\(Self.executable.path)" build "$@" $region ;;
            check) shift; exec "\(Self.executable.path)" check "$@" $today ;;
            *) exec "\(Self.executable.path)" "$@" ;;
        esac

        """.write(to: shim, atomically: true, encoding: .utf8)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shim.path)
    }

    override func tearDownWithError() throws {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    // MARK: The guide's parts

    struct Block {
        var info: String
        var lines: [String]
        /// The `<!-- guide-test: … -->` comment right before the block, if any.
        var note: String?
    }

    static func blocks() throws -> [Block] {
        let lines = try String(contentsOf: guide, encoding: .utf8).components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        var note: String?
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<!-- guide-test:") {
                note = line.replacingOccurrences(of: "<!-- guide-test:", with: "").replacingOccurrences(of: "-->", with: "")
                    .trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("```") {
                let info = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                var body: [String] = []
                index += 1
                while index < lines.count, !lines[index].hasPrefix("```") {
                    body.append(lines[index])
                    index += 1
                }
                blocks.append(Block(info: info, lines: body, note: note))
                note = nil
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                note = nil
            }
            index += 1
        }
        return blocks
    }

    /// The commands of the `sh` blocks, in order.
    static func commands() throws -> [String] {
        try blocks().filter { $0.info == "sh" }.flatMap(\.lines)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    // MARK: Tests

    func testEveryCommandInTheGuideRuns() throws {
        let commands = try Self.commands()
        XCTAssertGreaterThanOrEqual(commands.count, 8)
        XCTAssertTrue(commands.contains { $0.hasPrefix("swift run spravka new region") })
        XCTAssertTrue(commands.contains { $0.hasPrefix("swift run spravka serve") })
        XCTAssertTrue(commands.contains { $0.hasPrefix("swift run spravka build") })
        let regionOutput = try XCTUnwrap(try Self.blocks().first { $0.note == "output of new region" }).lines
        for command in commands {
            let line = command.replacingOccurrences(of: Self.serverFolder, with: scratch.path + Self.serverFolder)
            if line.contains("spravka serve") {
                try checkServe(line)
            } else {
                let result = try run(line)
                XCTAssertEqual(result.status, 0, "\(command)\n\(result.output)")
                if command.hasPrefix("swift run spravka new region") {
                    XCTAssertTrue(Self.matches(regionOutput[...], Self.lines(result.output)[...]),
                                  "the guide's sample output of '\(command)':\n\(regionOutput.joined(separator: "\n"))\nis not what it prints:\n\(result.output)")
                }
            }
        }
        // The loop left what the guide promises.
        let code = Self.exampleRegion
        let region = try String(contentsOf: work.appendingPathComponent("Articles/regions/\(code).md"), encoding: .utf8)
        XCTAssertTrue(region.contains("\nhotline:  # ЗАПОЛНИТЕ"), region)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("Articles/regions/\(code)/priem-v-pervyj-klass.md").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("Articles/regions/\(code)/login-website.md").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("public/\(code)/index.html").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.path + Self.serverFolder + "/\(code)/priem-v-pervyj-klass/index.html"))
    }

    /// Whether `output` is `sample`, where a sample line `…` stands for any number of lines.
    static func matches(_ sample: ArraySlice<String>, _ output: ArraySlice<String>) -> Bool {
        guard let first = sample.first else { return output.isEmpty }
        if first == "…" {
            return (output.startIndex...output.endIndex).contains { matches(sample.dropFirst(), output[$0...]) }
        }
        return output.first == first && matches(sample.dropFirst(), output.dropFirst())
    }

    /// A command's output as lines, without the empty one after the final newline.
    static func lines(_ output: String) -> [String] {
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    func testSampleOutputMatchingAllowsOmittedLines() {
        XCTAssertTrue(Self.matches(["a", "…", "c", "…"], ["a", "b", "b", "c", "d"]))
        XCTAssertTrue(Self.matches(["a", "…"], ["a"]))
        XCTAssertFalse(Self.matches(["a", "c"], ["a", "b", "c"]))
        XCTAssertFalse(Self.matches(["b", "…"], ["a", "b"]))
        XCTAssertFalse(Self.matches(["…", "a"], ["a", "b"]))
    }

    func testSampleRegionFilesPassCheck() throws {
        let samples = try Self.blocks().filter { $0.note == "region file" }
        XCTAssertGreaterThanOrEqual(samples.count, 2)
        var paths: [String] = []
        for sample in samples {
            let code = try XCTUnwrap(sample.lines.first { $0.hasPrefix("code: ") }).dropFirst("code: ".count)
            let path = "Articles/regions/\(code).md"
            try (sample.lines.joined(separator: "\n") + "\n").write(to: work.appendingPathComponent(path), atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let result = try run("swift run spravka check")
        for path in paths {
            let about = Self.lines(result.output).filter { $0.hasPrefix(path + ":") }
            XCTAssertEqual(about, [], "the guide's sample \(path) does not pass check")
        }
    }

    func testSampleCheckOutputIsWhatCheckPrints() throws {
        let blocks = try Self.blocks()
        let file = try XCTUnwrap(blocks.first { $0.note?.hasPrefix("file ") == true })
        let output = try XCTUnwrap(blocks.first { $0.note == "output of check" })
        let path = String(try XCTUnwrap(file.note).dropFirst("file ".count))
        let url = work.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (file.lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        let result = try run("swift run spravka check")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, output.lines.joined(separator: "\n") + "\n")
    }

    func testEveryExplainedMessageExists() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        var sources = ""
        let folder = Self.repository.appendingPathComponent("Sources/KnowledgeBase")
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "swift" { sources += try String(contentsOf: url, encoding: .utf8) }
        }
        let table = try XCTUnwrap(text.components(separatedBy: "Частые сообщения").last)
        var checked = 0
        for row in table.components(separatedBy: "\n") where row.hasPrefix("| `") {
            let cell = row.split(separator: "|")[0]
            for (index, part) in cell.components(separatedBy: "`").enumerated() where index % 2 == 1 {
                for fragment in part.components(separatedBy: "…") where fragment.trimmingCharacters(in: .whitespaces).count >= 3 {
                    XCTAssertTrue(sources.contains(fragment), "the guide explains '\(part)', which check no longer says")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 20)
    }

    func testReadmeLinksTheGuideAndKeepsItsSetUp() throws {
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("(docs/for-schools.md)"))
        XCTAssertTrue(readme.contains("swift run spravka build"))
        XCTAssertTrue(readme.contains("swift test"))
    }

    func testNginxConfigurationServesTheBuiltSite() throws {
        let nginx = try ExternalTool.nginx.pathOrSkip()
        _ = try ExternalTool.openssl.pathOrSkip()
        _ = try ExternalTool.python3.pathOrSkip()
        let server = try XCTUnwrap(try Self.blocks().first { $0.info == "nginx" }).lines.joined(separator: "\n")
        let root = scratch.path + Self.serverFolder
        let code = Self.exampleRegion
        XCTAssertEqual(try run("swift run spravka build --region \(code) --output \(root)").status, 0)
        let prefix = scratch.appendingPathComponent("nginx")
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("logs"), withIntermediateDirectories: true)
        // A certificate for the guide's example address, which the client below trusts alone.
        let certificate = prefix.appendingPathComponent("fullchain.pem").path
        let key = prefix.appendingPathComponent("privkey.pem").path
        let openssl = try run("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=\(Self.serverName) "
            + "-addext subjectAltName=DNS:\(Self.serverName) -keyout \(key) -out \(certificate)")
        XCTAssertEqual(openssl.status, 0, openssl.output)
        let (plainPort, securePort) = (try freePort(), try freePort())
        let mimeTypes = ["/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types"]
            .first { FileManager.default.fileExists(atPath: $0) }
        let configured = server
            .replacingOccurrences(of: "listen 80;", with: "listen 127.0.0.1:\(plainPort);")
            .replacingOccurrences(of: "listen 443 ssl", with: "listen 127.0.0.1:\(securePort) ssl")
            .replacingOccurrences(of: "/etc/letsencrypt/live/\(Self.serverName)/fullchain.pem", with: certificate)
            .replacingOccurrences(of: "/etc/letsencrypt/live/\(Self.serverName)/privkey.pem", with: key)
            .replacingOccurrences(of: Self.serverFolder, with: root)
            .replacingOccurrences(of: "/var/log/nginx/spravka.access.log", with: prefix.path + "/logs/access.log")
        XCTAssertNotEqual(configured.components(separatedBy: "127.0.0.1:").count, 1, "the guide's listen lines changed")
        XCTAssertTrue(configured.contains(certificate) && configured.contains(key), "the guide's certificate paths changed")
        let configuration = """
        pid \(prefix.path)/nginx.pid;
        error_log \(prefix.path)/logs/error.log;
        events {}
        http {
            \(mimeTypes.map { "include \($0);" } ?? "")
            access_log off;
            client_body_temp_path \(prefix.path)/body;
            proxy_temp_path \(prefix.path)/proxy;
            fastcgi_temp_path \(prefix.path)/fastcgi;
            uwsgi_temp_path \(prefix.path)/uwsgi;
            scgi_temp_path \(prefix.path)/scgi;
        \(configured)
        }

        """
        let file = prefix.appendingPathComponent("nginx.conf")
        try configuration.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nginx)
        process.arguments = ["-p", prefix.path, "-c", file.path, "-g", "daemon off; master_process off;"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let secure = { (target: String, headers: [String]) in
            try self.getTLS(port: securePort, target, headers: headers, trusting: certificate)
        }
        var page = try? secure("/\(code)/", [])
        for _ in 0..<50 where page == nil {
            Thread.sleep(forTimeInterval: 0.1)
            page = try? secure("/\(code)/", [])
        }
        let home = try XCTUnwrap(page, "nginx did not start: \((try? String(contentsOf: prefix.appendingPathComponent("logs/error.log"), encoding: .utf8)) ?? "")")
        XCTAssertTrue(home.hasPrefix("HTTP/1.1 200"), home)
        XCTAssertTrue(home.contains("Content-Type: text/html"), home)
        // Plain http only sends the visitor to https.
        let plain = try get(port: plainPort, "/\(code)/")
        XCTAssertTrue(plain.hasPrefix("HTTP/1.1 301"), plain)
        XCTAssertTrue(plain.contains("Location: https://localhost/\(code)/"), plain)
        let redirect = try secure("/\(code)", [])
        XCTAssertTrue(redirect.hasPrefix("HTTP/1.1 301"), redirect)
        XCTAssertTrue(redirect.contains("Location: /\(code)/"), redirect)
        // The page links its stylesheet and scripts by their content-hashed names.
        let stylesheet = try XCTUnwrap(home.firstMatch(of: /href="(\/css\/site\.[0-9a-f]{12}\.css)"/)?.1, home)
        let script = try XCTUnwrap(home.firstMatch(of: /src="(\/js\/search\.[0-9a-f]{12}\.js)"/)?.1, home)
        // Locked down and light: security headers on every answer, text compressed, pages
        // revalidated, the hashed theme files kept for a year.
        for response in [home, redirect, try secure("/\(code)/no-such-page/", [])] {
            XCTAssertTrue(response.contains("Strict-Transport-Security: max-age=31536000"), response)
            XCTAssertTrue(response.contains("X-Content-Type-Options: nosniff"), response)
            XCTAssertTrue(response.contains("Referrer-Policy: no-referrer"), response)
            XCTAssertTrue(response.contains("Content-Security-Policy: frame-ancestors 'none'"), response)
        }
        XCTAssertTrue(home.contains("Cache-Control: no-cache"), home)
        let compressed = try secure("/\(code)/", ["Accept-Encoding: gzip"])
        XCTAssertTrue(compressed.contains("Content-Encoding: gzip"), compressed)
        for (asset, type) in [(String(stylesheet), "text/css"), (String(script), "application/javascript")] {
            let response = try secure(asset, ["Accept-Encoding: gzip"])
            XCTAssertTrue(response.hasPrefix("HTTP/1.1 200"), response)
            XCTAssertTrue(response.contains("Content-Type: \(type)"), response)
            XCTAssertTrue(response.contains("Content-Encoding: gzip"), response)
            XCTAssertTrue(response.contains("Cache-Control: public, max-age=31536000, immutable"), response)
            XCTAssertTrue(response.contains("X-Content-Type-Options: nosniff"), response)
        }
        let index = try secure("/\(code)/search-index.json", ["Accept-Encoding: gzip"])
        XCTAssertTrue(index.contains("Cache-Control: no-cache"), "data that changes keeps its name, so it is revalidated: \(index)")
        XCTAssertTrue(index.contains("Content-Encoding: gzip"), index)
        let notFound = try secure("/\(code)/no-such-page/", [])
        XCTAssertTrue(notFound.hasPrefix("HTTP/1.1 404"), notFound)
        XCTAssertTrue(notFound.contains("Такой страницы нет"), notFound)
    }

    /// The guide's example address, for which the nginx test makes a certificate.
    static let serverName = "spravka.example.ru"

    /// An HTTPS GET with Python's `ssl` (which checks the certificate against `trusting` and
    /// the name against `serverName`): the raw response, as `get` returns it.
    private func getTLS(port: Int, _ target: String, headers: [String], trusting certificate: String) throws -> String {
        let script = """
        import socket, ssl, sys
        port, target, ca, name = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
        context = ssl.create_default_context(cafile=ca)
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with context.wrap_socket(raw, server_hostname=name) as tls:
                extra = "".join(h + "\\r\\n" for h in sys.argv[5:])
                tls.sendall(("GET %s HTTP/1.1\\r\\nHost: %s\\r\\n%sConnection: close\\r\\n\\r\\n" % (target, name, extra)).encode())
                data = b""
                while True:
                    chunk = tls.recv(65536)
                    if not chunk: break
                    data += chunk
        sys.stdout.write(data.decode("utf-8", "replace"))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, String(port), target, certificate, Self.serverName] + headers
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        struct Failure: Error {}
        guard process.terminationStatus == 0 else { throw Failure() }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Running commands

    private func run(_ line: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = work
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private var environment: [String: String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return ["PATH": scratch.appendingPathComponent("bin").path + ":" + path, "NO_COLOR": "1", "HOME": scratch.path]
    }

    /// Starts a `serve` command, waits for its address, fetches the example region's page, and
    /// stops it with Ctrl-C.
    private func checkServe(_ line: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec " + line]
        process.currentDirectoryURL = work
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let collected = OutputCollector()
        try process.run()
        let reader = Thread {
            while case let data = output.fileHandleForReading.availableData, !data.isEmpty { collected.append(data) }
        }
        reader.start()
        defer {
            if process.isRunning { process.terminate() }
        }
        let deadline = Date().addingTimeInterval(120)
        var port: Int?
        while port == nil, Date() < deadline, process.isRunning {
            if let match = collected.text.firstMatch(of: /сайт открыт по адресу http:\/\/127\.0\.0\.1:(\d+)\//) {
                port = Int(match.1)
            } else {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        let served = try XCTUnwrap(port, "\(line) did not start:\n\(collected.text)")
        let page = try get(port: served, "/\(Self.exampleRegion)/")
        XCTAssertTrue(page.hasPrefix("HTTP/1.1 200"), page)
        XCTAssertTrue(page.contains(Self.exampleRegionName), "\(line): the example region's page")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130, "\(line)\n\(collected.text)")
        XCTAssertFalse(collected.text.contains("Fatal error"), collected.text)
    }

    private func freePort() throws -> Int {
        let descriptor = tcpSocket()
        defer { close(descriptor) }
        var address = loopbackAddress(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 ? getsockname(descriptor, pointer, &length) : -1
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A new TCP socket.
func tcpSocket() -> Int32 {
    #if canImport(Darwin)
    return socket(AF_INET, SOCK_STREAM, 0)
    #else
    return socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #endif
}

/// 127.0.0.1 at `port` (0: any free port, for bind).
func loopbackAddress(port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return address
}

/// A plain HTTP/1.1 GET over a loopback socket: the whole response, head and body, as text.
func get(port: Int, _ target: String, headers: [String] = []) throws -> String {
    let descriptor = tcpSocket()
    defer { close(descriptor) }
    var address = loopbackAddress(port: port)
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    struct Failure: Error {}
    guard connected == 0 else { throw Failure() }
    let extra = headers.map { $0 + "\r\n" }.joined()
    let request = Array("GET \(target) HTTP/1.1\r\nHost: localhost\r\n\(extra)Connection: close\r\n\r\n".utf8)
    guard request.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == request.count else { throw Failure() }
    var response: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while case let count = chunk.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }), count > 0 {
        response += chunk[0..<count]
    }
    return String(decoding: response, as: UTF8.self)
}

/// A process's output, collected on another thread.
final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) {
        lock.withLock { data.append(more) }
    }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
