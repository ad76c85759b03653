import Foundation
import Testing
import XCTest

/// A program from outside the Swift toolchain that some proofs run: a reference implementation
/// to compare with (segno, sha256sum), a reader of what we write (zbarimg, rsvg-convert), a
/// server to serve the built site with (nginx, openssl).
///
/// On a machine with only the toolchain, `swift test` passes: a proof whose tool is missing is
/// skipped with one line naming what to install. With `SPRAVKA_REQUIRE_TOOLS=1` (`.ci/run` sets
/// it after installing everything) a missing tool is a failure instead, so that CI proves all.
public struct ExternalTool: Sendable, CustomStringConvertible {
    /// The name a person installs and looks for, e.g. `zbarimg` or `segno`.
    public let name: String
    /// What to install when it is missing.
    public let installHint: String
    /// Absolute paths tried before `PATH` (nginx lives in `/usr/sbin`, outside most users' PATH).
    let knownPaths: [String]
    /// For a Python module: the module imported by `python3` to tell whether it is there.
    let pythonModule: String?

    public var description: String { name }

    public static let zbarimg = ExternalTool(program: "zbarimg", installHint: "apt-get install zbar-tools")
    public static let rsvgConvert = ExternalTool(program: "rsvg-convert", installHint: "apt-get install librsvg2-bin")
    public static let python3 = ExternalTool(program: "python3", installHint: "apt-get install python3")
    public static let segno = ExternalTool(
        name: "segno", installHint: "python3 -m pip install segno==1.6.6", knownPaths: [], pythonModule: "segno")
    public static let gzip = ExternalTool(program: "gzip", installHint: "apt-get install gzip")
    public static let sha256sum = ExternalTool(program: "sha256sum", installHint: "apt-get install coreutils")
    public static let openssl = ExternalTool(program: "openssl", installHint: "apt-get install openssl")
    public static let nginx = ExternalTool(
        name: "nginx", installHint: "apt-get install nginx-light",
        knownPaths: ["/usr/sbin/nginx", "/usr/bin/nginx", "/opt/homebrew/bin/nginx", "/usr/local/bin/nginx"],
        pythonModule: nil)

    init(program: String, installHint: String) {
        self.init(name: program, installHint: installHint, knownPaths: [], pythonModule: nil)
    }

    init(name: String, installHint: String, knownPaths: [String], pythonModule: String?) {
        self.name = name
        self.installHint = installHint
        self.knownPaths = knownPaths
        self.pythonModule = pythonModule
    }

    /// Whether a missing tool fails the proof (`SPRAVKA_REQUIRE_TOOLS=1`) rather than skipping it.
    public static var required: Bool {
        ProcessInfo.processInfo.environment["SPRAVKA_REQUIRE_TOOLS"] == "1"
    }

    /// The program's path, or nil when it is not installed. A Python module's path is python3's,
    /// once `import` of the module succeeds.
    public var installedPath: String? {
        guard let pythonModule else { return Self.lookUp(name, knownPaths: knownPaths) }
        guard let python = Self.lookUp("python3", knownPaths: []) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import \(pythonModule)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? python : nil
    }

    /// The one line said when the tool is missing.
    public var missingLine: String {
        "\(name) is not installed (\(installHint)): "
            + (Self.required ? "SPRAVKA_REQUIRE_TOOLS=1 makes this a failure" : "proof skipped; .ci/run installs it")
    }

    /// A Swift Testing trait: the test runs when every tool is installed, or when tools are
    /// required (and then fails where it reaches the missing one); otherwise it is skipped with
    /// one line naming what to install.
    public static func needs(_ tools: ExternalTool..., sourceLocation: SourceLocation = #_sourceLocation) -> ConditionTrait {
        .enabled(
            if: required || tools.allSatisfy { $0.installedPath != nil },
            Comment(rawValue: tools.filter { $0.installedPath == nil }.map(\.missingLine).joined(separator: "; ")),
            sourceLocation: sourceLocation)
    }

    /// For XCTest: the tool's path; when it is missing, `XCTSkip` with one line, or a thrown
    /// failure under `SPRAVKA_REQUIRE_TOOLS=1`.
    public func pathOrSkip() throws -> String {
        if let path = installedPath { return path }
        if Self.required { throw Missing(line: missingLine) }
        throw XCTSkip(missingLine)
    }

    /// A tool the proof requires that is not there.
    public struct Missing: Error, CustomStringConvertible {
        public let line: String
        public var description: String { line }
    }

    /// What one run produced.
    public struct Result: Sendable {
        public var status: Int32
        public var output: [UInt8]
        public var error: String
    }

    /// The tool's path, or a recorded failure saying what to install (for tests already
    /// guarded by `needs`, this is reached only when tools are required).
    public func path(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        if let path = installedPath { return path }
        Issue.record(Comment(rawValue: missingLine), sourceLocation: sourceLocation)
        return nil
    }

    /// Runs the program with `arguments` and `input` on standard input; `nil` (with a recorded
    /// failure) when it is missing. For a Python module this runs python3.
    public func run(
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

    static func lookUp(_ program: String, knownPaths: [String]) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let candidates = knownPaths + directories.map { "\($0)/\(program)" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// A directory under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
