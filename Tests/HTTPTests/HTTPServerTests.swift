import Foundation
import XCTest
@testable import HTTP
import HTTPTestSupport

/// The HTTP server and the static files over real loopback sockets: types, methods,
/// redirects, 404, traversal, size limits, slow clients, many connections and load.
final class HTTPServerTests: XCTestCase {
    private var scratch: URL!
    private var site: URL!
    private var server: HTTPServer!
    private var port: Int { server.port }

    static let files: [(path: String, contents: String, type: String)] = [
        ("index.html", "<html><body>home</body></html>\n", "text/html; charset=utf-8"),
        ("404.html", "<html><body>not here</body></html>\n", "text/html; charset=utf-8"),
        ("55/index.html", "<html><body>omsk</body></html>\n", "text/html; charset=utf-8"),
        ("55/hotline/index.html", "<html><body>hotline</body></html>\n", "text/html; charset=utf-8"),
        ("css/site.css", "body { color: black }\n", "text/css; charset=utf-8"),
        ("js/search.js", "console.log(1)\n", "text/javascript; charset=utf-8"),
        ("search.json", "{\"a\":1}\n", "application/json"),
        ("feed.xml", "<feed/>\n", "application/xml; charset=utf-8"),
        ("icons/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "image/svg+xml"),
        ("icons/logo.png", "\u{89}PNG fake", "image/png"),
        ("favicon.ico", "ico", "image/x-icon"),
        ("robots.txt", "User-agent: *\n", "text/plain; charset=utf-8"),
        ("Имя файла.txt", "кириллица\n", "text/plain; charset=utf-8"),
        (".spravka-site", "marker\n", ""),
    ]

    override func setUpWithError() throws {
        let manager = FileManager.default
        scratch = manager.temporaryDirectory.appendingPathComponent("spravka-http-\(UUID().uuidString)")
        site = scratch.appendingPathComponent("site")
        for file in Self.files {
            let url = site.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        // Secrets next to the site, and links that lead to them.
        try Data("TOP SECRET\n".utf8).write(to: scratch.appendingPathComponent("secret.txt"))
        try manager.createDirectory(at: scratch.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try Data("SECRET INDEX\n".utf8).write(to: scratch.appendingPathComponent("outside/index.html"))
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("link-out.txt").path, withDestinationPath: "../secret.txt")
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("dir-out").path, withDestinationPath: scratch.appendingPathComponent("outside").path)
        try manager.createSymbolicLink(atPath: site.appendingPathComponent("link-in.css").path, withDestinationPath: "css/site.css")

        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0)
        configuration.requestTimeout = 0.5
        configuration.maxRequestLine = 1024
        configuration.maxHeaderBytes = 4096
        let files = StaticFiles(root: site)
        server = HTTPServer(configuration: configuration) { files.respond(to: $0) }
        try server.start()
    }

    override func tearDownWithError() throws {
        server.stop()
        try? FileManager.default.removeItem(at: scratch)
    }

    // MARK: Files, methods, redirects

    func testEveryFileTypeHasItsContentType() throws {
        for file in Self.files where !file.path.hasPrefix(".") {
            let target = "/" + file.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            let response = try fetch(port: port, target)
            XCTAssertEqual(response.status, 200, target)
            XCTAssertEqual(response.headers["content-type"], file.type, target)
            XCTAssertEqual(response.body, Array(file.contents.utf8), target)
            XCTAssertEqual(response.headers["content-length"], String(file.contents.utf8.count), target)
        }
    }

    func testFolderServesItsIndexAndRedirectsWithoutSlash() throws {
        XCTAssertEqual(try fetch(port: port, "/").text, "<html><body>home</body></html>\n")
        XCTAssertEqual(try fetch(port: port, "/55/").text, "<html><body>omsk</body></html>\n")
        let redirect = try fetch(port: port, "/55")
        XCTAssertEqual(redirect.status, 301)
        XCTAssertEqual(redirect.headers["location"], "/55/")
        XCTAssertEqual(try fetch(port: port, "/55/hotline?from=home").headers["location"], "/55/hotline/?from=home")
        XCTAssertEqual(try fetch(port: port, "/55/?q=1").text, "<html><body>omsk</body></html>\n")
        // A file asked for as a folder does not exist.
        XCTAssertEqual(try fetch(port: port, "/robots.txt/").status, 404)
    }

    func testMissingFileServesTheSites404Page() throws {
        for target in ["/missing", "/55/missing/", "/css/none.css", "/etc/passwd"] {
            let response = try fetch(port: port, target)
            XCTAssertEqual(response.status, 404, target)
            XCTAssertEqual(response.text, "<html><body>not here</body></html>\n", target)
            XCTAssertEqual(response.headers["content-type"], "text/html; charset=utf-8", target)
        }
    }

    func testHeadSendsTheHeadersOfGetWithoutTheBody() throws {
        let connection = try TestConnection(port: port)
        let head = try connection.request("HEAD", "/css/site.css")
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.headers["content-length"], "22")
        XCTAssertEqual(head.headers["content-type"], "text/css; charset=utf-8")
        XCTAssertEqual(head.body, [])
        // No body was sent: the next response on the connection starts right away.
        let get = try connection.request("GET", "/robots.txt")
        XCTAssertEqual(get.text, "User-agent: *\n")
    }

    func testOtherMethodsAre405() throws {
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW"] {
            let response = try fetch(port: port, "/", method: method)
            XCTAssertEqual(response.status, 405, method)
            XCTAssertEqual(response.headers["allow"], "GET, HEAD", method)
        }
        // A body that is not read is not taken for the next request: the connection closes.
        let connection = try TestConnection(port: port)
        try connection.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 27\r\n\r\nGET /secret HTTP/1.1\r\n\r\n\r\n")
        XCTAssertEqual(try connection.readResponse().status, 405)
        XCTAssertTrue(connection.isClosedByServer())
    }

    func testKeepAlivePipeliningAndHTTP10() throws {
        let connection = try TestConnection(port: port)
        try connection.send("GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\nGET /55/ HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try connection.readResponse().text, "User-agent: *\n")
        let second = try connection.readResponse()
        XCTAssertEqual(second.text, "<html><body>omsk</body></html>\n")
        XCTAssertEqual(second.headers["connection"], "keep-alive")

        let old = try TestConnection(port: port)
        try old.send("GET /robots.txt HTTP/1.0\r\n\r\n")
        let response = try old.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["connection"], "close")
        XCTAssertTrue(old.isClosedByServer())

        let closing = try TestConnection(port: port)
        XCTAssertEqual(try closing.request("GET", "/", headers: ["Connection: close"]).headers["connection"], "close")
        XCTAssertTrue(closing.isClosedByServer())
    }

    func testMalformedRequestsAre400Or505() throws {
        let cases: [(String, Int)] = [
            ("GET\r\n\r\n", 400),
            ("GET / HTTP/1.1 extra\r\n\r\n", 400),
            ("GET  / HTTP/1.1\r\n\r\n", 400),
            ("G(T / HTTP/1.1\r\n\r\n", 400),
            ("GET / FTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/2.0\r\n\r\n", 505),
            ("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nNoColon\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", 400),
        ]
        for (request, status) in cases {
            let connection = try TestConnection(port: port)
            try connection.send(request)
            XCTAssertEqual(try connection.readResponse().status, status, request.debugDescription)
            XCTAssertTrue(connection.isClosedByServer(), request.debugDescription)
        }
    }

    // MARK: Never a file outside the site

    func testTraversalIsRefused() throws {
        let targets = [
            "/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
            "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/css/..%2f..%2fsecret.txt", "/css/%2e%2e/%2e%2e/secret.txt",
            "/..\\secret.txt", "/%5c..%5csecret.txt", "/..%5csecret.txt", "/css%5c..%5c..%5csecret.txt",
            "//etc/passwd", "//../secret.txt", "/%2fetc/passwd", "/%2Fetc%2Fpasswd",
            "http://localhost/../secret.txt", "http://localhost/%2e%2e/secret.txt",
            "secret.txt", "../secret.txt", "*",
            "/index.html%00.txt", "/%00", "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/%zz", "/%2",
            "/./index.html", "/css/./site.css", "/.spravka-site", "/%2espravka-site",
            "/link-out.txt", "/dir-out", "/dir-out/", "/dir-out/index.html",
        ]
        for target in targets {
            let response = try fetch(port: port, target)
            XCTAssertTrue([301, 400, 404].contains(response.status), "\(target): \(response.status)")
            XCTAssertFalse(response.text.contains("SECRET"), target)
            if response.status == 301 {
                XCTAssertEqual(response.headers["location"], target + "/", target)
            }
        }
        // The same checks on the resolver alone, so that a refusal is not a lucky 404.
        for target in ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..\\secret.txt", "//etc/passwd", "/%00", "secret.txt"] {
            XCTAssertEqual(StaticFiles.resolve(HTTPRequest(method: "GET", target: target), in: site), .refused, target)
        }
        for target in ["/link-out.txt", "/dir-out/", "/.spravka-site"] {
            XCTAssertEqual(StaticFiles.resolve(HTTPRequest(method: "GET", target: target), in: site), .notFound, target)
        }
        // A raw NUL byte in the request line.
        let connection = try TestConnection(port: port)
        try connection.send(Array("GET /index.html".utf8) + [0] + Array(".txt HTTP/1.1\r\n\r\n".utf8))
        XCTAssertEqual(try connection.readResponse().status, 400)
        // A link that stays inside the site is followed; an encoded name is decoded.
        XCTAssertEqual(try fetch(port: port, "/link-in.css").text, "body { color: black }\n")
        XCTAssertEqual(try fetch(port: port, "/%D0%98%D0%BC%D1%8F%20%D1%84%D0%B0%D0%B9%D0%BB%D0%B0.txt").text, "кириллица\n")
    }

    // MARK: Bad clients

    func testOversizedRequestLineIs414AndHeadersAre431() throws {
        let longTarget = "/" + String(repeating: "a", count: 2000)
        XCTAssertEqual(try fetch(port: port, longTarget).status, 414)

        // Too long before the line even ends.
        let unfinished = try TestConnection(port: port)
        try unfinished.send("GET /" + String(repeating: "b", count: 3000))
        XCTAssertEqual(try unfinished.readResponse().status, 414)
        XCTAssertTrue(unfinished.isClosedByServer())

        let bigHeaders = (0..<10).map { "X-Filler-\($0): " + String(repeating: "c", count: 500) }
        XCTAssertEqual(try fetch(port: port, "/", headers: bigHeaders).status, 431)
        let manyHeaders = (0..<150).map { "X-\($0): 1" }
        XCTAssertEqual(try fetch(port: port, "/", headers: manyHeaders).status, 431)

        // An endless header section with no end in sight.
        let endless = try TestConnection(port: port)
        try endless.send("GET / HTTP/1.1\r\n" + String(repeating: "X: y\r\n", count: 1000))
        XCTAssertEqual(try endless.readResponse().status, 431)

        // Just under the limits is fine.
        XCTAssertEqual(try fetch(port: port, "/?" + String(repeating: "q", count: 900)).status, 200)
    }

    /// A refused request is answered, then the server reads and discards what the client still
    /// sends before closing (nginx's lingering close): the client gets the status, not a
    /// connection reset, even when it sends 100 KB before it reads.
    func testRefusedRequestsAreAnsweredThenClosedGracefully() throws {
        // The line goes out in pieces, so that the server has refused it long before the
        // client stops sending: without lingering, the rest would meet a reset.
        let line = Array(("GET /" + String(repeating: "a", count: 100 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n").utf8)
        let connection = try TestConnection(port: port)
        for start in stride(from: 0, to: line.count, by: 10 * 1024) {
            try connection.send(Array(line[start..<min(start + 10 * 1024, line.count)]))
            Thread.sleep(forTimeInterval: 0.02)
        }
        XCTAssertEqual(try connection.readResponse().status, 414)
        XCTAssertTrue(connection.isClosedByServer())
        let headers = try TestConnection(port: port)
        try headers.send("GET / HTTP/1.1\r\n" + String(repeating: "X-Filler: " + String(repeating: "c", count: 90) + "\r\n", count: 1000) + "\r\n")
        XCTAssertEqual(try headers.readResponse().status, 431)
        XCTAssertTrue(headers.isClosedByServer())

        // A body over the limit is refused before it is read; the rest is discarded.
        let upload = try TestConnection(port: port)
        let body = [UInt8](repeating: UInt8(ascii: "z"), count: 100 * 1024)
        try upload.send(Array("POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
        let refused = try upload.readResponse()
        XCTAssertEqual(refused.status, 413)
        XCTAssertEqual(refused.headers["connection"], "close")
        XCTAssertTrue(upload.isClosedByServer())

        // A length that is not a number is a bad request, not a large one.
        let garbled = try TestConnection(port: port)
        try garbled.send("POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n")
        XCTAssertEqual(try garbled.readResponse().status, 400)
        XCTAssertTrue(garbled.isClosedByServer())

        // A small body the handler does not read: the answer arrives whole, then the close.
        let post = try TestConnection(port: port)
        try post.send("POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n" + String(repeating: "y", count: 2000))
        XCTAssertEqual(try post.readResponse().status, 405)
        XCTAssertTrue(post.isClosedByServer())
        XCTAssertEqual(try fetch(port: port, "/55/").status, 200, "the server carries on")
    }

    /// Lingering is bounded: a client that keeps sending after its refusal is cut off after
    /// the lingering time or size, and holds no thread for long.
    func testLingeringCloseIsBoundedInTimeAndSize() throws {
        let connection = try TestConnection(port: port)
        try connection.send("GET /" + String(repeating: "a", count: 2000) + " HTTP/1.1\r\n")
        XCTAssertEqual(try connection.readResponse().status, 414)
        let clock = ContinuousClock()
        let start = clock.now
        var sent = 0
        let chunk = [UInt8](repeating: UInt8(ascii: "b"), count: 64 * 1024)
        while clock.now - start < .seconds(10), (try? connection.send(chunk)) != nil {
            sent += chunk.count
        }
        XCTAssertLessThan(clock.now - start, .seconds(5), "the server stopped discarding within its lingering time")
        // The limit (4 MiB by default) plus what the two sockets' buffers hold.
        XCTAssertLessThan(sent, 16 * 1024 * 1024, "the server stopped discarding within its lingering size")
        for _ in 0..<50 where server.connectionCount > 0 { Thread.sleep(forTimeInterval: 0.02) }
        XCTAssertEqual(server.connectionCount, 0, "the connection's thread is done")
    }

    func testStalledHalfRequestTimesOutWhileOthersAreAnswered() throws {
        let stalled = try TestConnection(port: port)
        try stalled.send("GET /index.html HTTP/1.1\r\nHost: x\r\nUser-Ag")
        let clock = ContinuousClock()
        let start = clock.now
        // Others are served at once while the stalled client holds its connection.
        for _ in 0..<20 {
            XCTAssertEqual(try fetch(port: port, "/55/").status, 200)
        }
        XCTAssertLessThan(clock.now - start, .milliseconds(450), "others waited for the stalled client")
        let response = try stalled.readResponse()
        XCTAssertEqual(response.status, 408)
        XCTAssertTrue(stalled.isClosedByServer())
        XCTAssertGreaterThanOrEqual(clock.now - start, .milliseconds(400))
        XCTAssertLessThan(clock.now - start, .seconds(3))
    }

    func testDribblingClientIsCutOffAtTheRequestDeadline() throws {
        // One byte every 50 ms never lets a per-read timeout fire; the whole head has a deadline.
        let connection = try TestConnection(port: port)
        let clock = ContinuousClock()
        let start = clock.now
        let request = Array("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "z"), count: 100)
        var sent = 0
        for byte in request {
            guard (try? connection.send([byte])) != nil else { break }
            sent += 1
            if clock.now - start > .seconds(2) { break }
            Thread.sleep(forTimeInterval: 0.05)
            if sent > 12 { break }
        }
        connection.setTimeout(3)
        let response = try connection.readResponse()
        XCTAssertEqual(response.status, 408)
        XCTAssertLessThan(clock.now - start, .seconds(2))
    }

    func testHundredsOfConcurrentConnections() throws {
        let count = 300
        var connections: [TestConnection] = []
        for _ in 0..<count {
            connections.append(try TestConnection(port: port))
        }
        // Half of them in the middle of a request.
        for connection in connections.prefix(count / 2) {
            try connection.send("GET /55/ HTTP/1.1\r\n")
        }
        XCTAssertEqual(try fetch(port: port, "/robots.txt").status, 200)
        for connection in connections.prefix(count / 2) {
            try connection.send("Host: x\r\n\r\n")
        }
        for connection in connections.dropFirst(count / 2) {
            try connection.send("GET /55/ HTTP/1.1\r\nHost: x\r\n\r\n")
        }
        var served = 0
        for connection in connections where (try? connection.readResponse())?.status == 200 {
            served += 1
        }
        XCTAssertEqual(served, count)
    }

    func testConnectionsOverTheLimitAreTurnedAway() throws {
        var configuration = HTTPServer.Configuration(host: "127.0.0.1", port: 0)
        configuration.maxConnections = 3
        let files = StaticFiles(root: site)
        let small = HTTPServer(configuration: configuration) { files.respond(to: $0) }
        try small.start()
        defer { small.stop() }
        let held = try (0..<3).map { _ in try TestConnection(port: small.port) }
        for connection in held {
            XCTAssertEqual(try connection.request("GET", "/robots.txt").status, 200)
        }
        XCTAssertEqual(try fetch(port: small.port, "/").status, 503)
        _ = held
    }

    // MARK: Load

    func testLoad10000RequestsFrom50ConcurrentClients() throws {
        let clients = 50
        let requestsPerClient = 200
        let targets = ["/", "/55/", "/css/site.css", "/js/search.js", "/search.json", "/missing"]
        let expected = try targets.map { try fetch(port: port, $0) }
        let errors = Counter()
        let done = Counter()
        let group = DispatchGroup()
        let clock = ContinuousClock()
        let start = clock.now
        for client in 0..<clients {
            group.enter()
            let port = self.port
            let thread = Thread {
                defer { group.leave() }
                guard let connection = try? TestConnection(port: port) else {
                    errors.add(requestsPerClient)
                    return
                }
                for index in 0..<requestsPerClient {
                    let which = (client + index) % targets.count
                    guard let response = try? connection.request("GET", targets[which]),
                          response.status == expected[which].status, response.body == expected[which].body else {
                        errors.add(1)
                        continue
                    }
                    done.add(1)
                }
            }
            thread.start()
        }
        XCTAssertEqual(group.wait(timeout: .now() + 60), .success)
        let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
        print("load test: \(done.value) requests from \(clients) concurrent keep-alive clients, \(errors.value) errors, \(String(format: "%.2f", seconds)) s, \(Int(Double(done.value) / seconds)) requests/s")
        XCTAssertEqual(errors.value, 0)
        XCTAssertEqual(done.value, clients * requestsPerClient)
    }

    func testLoad2000ConnectionsFrom50ConcurrentClients() throws {
        let clients = 50
        let connectionsPerClient = 40
        let errors = Counter()
        let done = Counter()
        let group = DispatchGroup()
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<clients {
            group.enter()
            let port = self.port
            Thread {
                defer { group.leave() }
                for _ in 0..<connectionsPerClient {
                    guard let response = try? fetch(port: port, "/55/", headers: ["Connection: close"]), response.status == 200,
                          response.text == "<html><body>omsk</body></html>\n" else {
                        errors.add(1)
                        continue
                    }
                    done.add(1)
                }
            }.start()
        }
        XCTAssertEqual(group.wait(timeout: .now() + 60), .success)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("load test: \(done.value) requests on new connections from \(clients) concurrent clients, \(errors.value) errors, \(String(format: "%.2f", seconds)) s, \(Int(Double(done.value) / seconds)) requests/s")
        XCTAssertEqual(errors.value, 0)
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ amount: Int) {
        lock.withLock { count += amount }
    }

    var value: Int { lock.withLock { count } }
}
