import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A reference implementation run as a command (`cmark`, `cmark-gfm`): Markdown on
/// standard input, HTML on standard output. Started with `posix_spawn` rather than
/// Foundation's `Process`, whose wait polls: thousands of inputs take seconds, not minutes.
struct ReferenceRenderer: Sendable {
    var executable: String
    var arguments: [String]

    static let cmark = ReferenceRenderer(executable: "cmark", arguments: ["--unsafe"])
    static let cmarkGFM = ReferenceRenderer(
        executable: "cmark-gfm",
        arguments: ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"])

    /// The command's full path, or nil when it is not installed.
    var path: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(executable)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Failure: Error { var what: String }

    func render(_ markdown: String) throws -> String {
        guard let path else { throw Failure(what: "\(executable) not found") }
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw Failure(what: "pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0])
            throw Failure(what: "posix_spawn \(spawned)")
        }
        // The references read all their input before writing: write it all, then read.
        let input = Array(markdown.utf8)
        var written = 0
        while written < input.count {
            let n = input.withUnsafeBytes { write(toChild[1], $0.baseAddress! + written, input.count - written) }
            if n <= 0 { break }
            written += n
        }
        close(toChild[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fromChild[0], $0.baseAddress!, 65536) }
            if n <= 0 { break }
            output.append(contentsOf: buffer[0..<n])
        }
        close(fromChild[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { throw Failure(what: "\(executable) exited with status \(status)") }
        return String(decoding: output, as: UTF8.self)
    }
}
