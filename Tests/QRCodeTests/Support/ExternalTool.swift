import Foundation
import Testing

/// A program the tests run to check the encoder against independent implementations.
///
/// `.ci/run` installs every one of them; a missing tool fails the test with what to install,
/// because a proof that silently does not run proves nothing.
struct ExternalTool: Sendable {
    /// The name looked up on `PATH`, e.g. `zbarimg`.
    let name: String
    /// What to install when it is missing.
    let installHint: String

    static let zbarimg = ExternalTool(name: "zbarimg", installHint: "apt-get install zbar-tools")
    static let rsvgConvert = ExternalTool(name: "rsvg-convert", installHint: "apt-get install librsvg2-bin")
    static let python3 = ExternalTool(name: "python3", installHint: "apt-get install python3")

    /// What one run produced.
    struct Result: Sendable {
        var status: Int32
        var output: [UInt8]
        var error: String
    }

    /// The tool's path, or a recorded failure saying what to install.
    func path(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        Issue.record("\(name) is not installed: \(installHint) (.ci/run installs it)", sourceLocation: sourceLocation)
        return nil
    }

    /// Runs the tool with `arguments` and `input` on standard input; `nil` (with a recorded
    /// failure) when the tool is missing.
    func run(
        _ arguments: [String], input: [UInt8] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Result? {
        guard let path = path(sourceLocation: sourceLocation) else { return nil }
        // Files rather than pipes: outputs of megabytes cannot then fill a pipe and block.
        let directory = try TemporaryDirectory()
        let inputURL = directory.url.appendingPathComponent("stdin")
        let outputURL = directory.url.appendingPathComponent("stdout")
        let errorURL = directory.url.appendingPathComponent("stderr")
        try Data(input).write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: Array(try Data(contentsOf: outputURL)),
            error: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }
}

/// A directory under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("qrcode-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
