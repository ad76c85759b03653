import Foundation
import SpravkaCLI
import XCTest

/// `spravka serve` as a school uses it: the real executable, a real socket, an article edited
/// while it runs, Ctrl-C at the end.
final class ServeCommandTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var scratch: URL!

    private static var executable: URL { BuiltExecutable.url }

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Articles"), to: scratch.appendingPathComponent("Articles"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    func testEditWhileServingIsServedAndCtrlCStopsCleanly() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable.path) else {
            throw XCTSkip("no spravka executable at \(Self.executable.path)")
        }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0", "--region", "55", "--articles", "Articles",
                             "--theme", Self.repository.appendingPathComponent("site").path]
        process.currentDirectoryURL = scratch
        process.environment = ["NO_COLOR": "1"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let collected = OutputCollector()
        let collectedErrors = OutputCollector()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        for (pipe, collector) in [(output, collected), (errors, collectedErrors)] {
            Thread {
                while case let data = pipe.fileHandleForReading.availableData, !data.isEmpty { collector.append(data) }
            }.start()
        }
        var port: Int?
        let started = Date().addingTimeInterval(120)
        while port == nil, Date() < started, process.isRunning {
            if let match = collected.text.firstMatch(of: /сайт открыт по адресу http:\/\/127\.0\.0\.1:(\d+)\/ \(Ctrl-C — остановить\)/) {
                port = Int(match.1)
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        let served = try XCTUnwrap(port, collected.text + collectedErrors.text)
        XCTAssertTrue(collected.text.hasPrefix("собрано: 69 страниц"), collected.text)
        XCTAssertTrue(collected.text.contains("слежу за изменениями в Articles/ и "), collected.text)

        let before = try get(port: served, "/55/omsk-login-order/")
        XCTAssertTrue(before.hasPrefix("HTTP/1.1 200"), before)
        XCTAssertFalse(before.contains("Проверено школьным методистом"))

        // Edit the article as an editor would, while the server runs.
        let article = scratch.appendingPathComponent("Articles/regions/55/omsk-login-order.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try (text + "\nПроверено школьным методистом.\n").write(to: article, atomically: true, encoding: .utf8)
        var after = try get(port: served, "/55/omsk-login-order/")
        let deadline = Date().addingTimeInterval(60)
        while !after.contains("Проверено школьным методистом"), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            after = try get(port: served, "/55/omsk-login-order/")
        }
        XCTAssertTrue(after.contains("Проверено школьным методистом"), "the edit was not served")
        XCTAssertTrue(after.contains("/.spravka-serve/reload.js"), "served pages reload themselves")
        XCTAssertNotNil(collected.text.firstMatch(of: /\nпересобрано: 69 страниц за \d+ мс; открытые страницы обновятся сами\n/), collected.text)

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130)
        XCTAssertTrue(collected.text.hasSuffix("\nостановлено\n"), collected.text)
        XCTAssertEqual(collectedErrors.text, "", "no stack trace, no error")
        // serve never writes public/ (nor anything else) next to the content.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), ["Articles"])
    }

    func testBadPortAndAddress() throws {
        let badPort = spravka("serve", "--port", "http")
        XCTAssertEqual(badPort.status, 64)
        XCTAssertEqual(badPort.stderr, "spravka: неверный порт «http» в --port: нужно число от 0 до 65535\n")
        XCTAssertEqual(spravka("serve", "--port", "70000").status, 64)
        let badHost = spravka("serve", "--host", "no such host.invalid", "--port", "0", "--articles", scratch.appendingPathComponent("Articles").path)
        XCTAssertEqual(badHost.status, 1)
        XCTAssertTrue(badHost.stderr.hasPrefix("spravka: не удаётся запустить сервер: компьютер не знает адреса «no such host.invalid»"), badHost.stderr)
    }
}
