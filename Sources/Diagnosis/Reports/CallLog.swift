import Foundation
import KnowledgeBase
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A hotline's call log: a file of ``CallRecord`` lines that several operators may append to
/// at once, and that `spravka stats` reads.
public enum CallLog {
    /// Appends `record` as one line. The file is opened with `O_APPEND` and the whole line
    /// goes out in a single `write(2)`, so lines from operators sharing the file never
    /// interleave (POSIX: each such write lands whole at the end of the file).
    public static func append(_ record: CallRecord, contract: DiagnosticContract, to path: String) throws(CallLogError) {
        let line = Array(record.jsonLine(contract: contract).utf8)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CallLogError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var written = -1
        repeat {
            written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        } while written < 0 && errno == EINTR
        guard written == line.count else {
            // A short write (a full disk) leaves part of a line: the reader skips it.
            throw CallLogError(path: path, reason: written < 0 ? String(cString: strerror(errno)) : "only \(written) of \(line.count) bytes written")
        }
    }

    /// A line that could not be read, with its place.
    public struct Problem: Equatable, Sendable {
        public var path: String
        /// 1-based.
        public var line: Int
        public var message: String
    }

    /// Reads every line of `text` (the file at `path`): the records, and each damaged line
    /// with its number (empty lines are skipped silently).
    public static func read(_ text: String, path: String, contract: DiagnosticContract) -> (records: [CallRecord], problems: [Problem]) {
        var records: [CallRecord] = []
        var problems: [Problem] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            do {
                records.append(try CallRecord(line: trimmed, contract: contract))
            } catch {
                problems.append(Problem(path: path, line: index + 1, message: "damaged line skipped: \(error.description)"))
            }
        }
        return (records, problems)
    }
}

/// The call log cannot be written.
public struct CallLogError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "cannot append to the call log '\(path)': \(reason)" }
}
