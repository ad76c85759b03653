import Foundation
import XCTest

/// The `spravka` executable as a shell sees it: real file descriptors and a real exit status.
final class ExecutableTests: XCTestCase {
    private func runSpravka(_ arguments: [String], stdin: String = "") throws -> Transcript {
        let executable = BuiltExecutable.url
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw XCTSkip("no spravka executable at \(executable.path)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ["NO_COLOR": "1"]
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // The outputs are small, so reading one pipe after the other cannot fill the other.
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Transcript(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func testBadOptionExitsWithUsageStatus() throws {
        XCTAssertEqual(
            try runSpravka(["markdown", "--frob"]),
            Transcript(
                status: 64, stdout: "",
                stderr:
                    "spravka: unknown option '--frob' for 'markdown'; valid options: --unsafe, --no-extensions, --help\n"
            ))
    }

    func testVersion() throws {
        XCTAssertEqual(try runSpravka(["--version"]), Transcript(status: 0, stdout: "spravka 0.1.0\n"))
    }

    func testMarkdownFromStandardInput() throws {
        XCTAssertEqual(
            try runSpravka(["markdown"], stdin: "# Hi\n"), Transcript(status: 0, stdout: "<h1>Hi</h1>\n"))
    }
}
