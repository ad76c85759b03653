/// A command line that `spravka` cannot act on: printed as one line on standard error,
/// `spravka: <message>`, with exit status 64 (`EX_USAGE`).
///
/// The message is lower-case, has no final full stop, and names the valid choices so that
/// the user can fix the command without reading the help.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// A failure a command reports itself: `spravka: <message>` on standard error and `exitCode`.
///
/// Use it for failures with a meaning of their own, such as ``ExitCode/dataError`` for an
/// unknown fact id; findings that a command prints itself need no error, just return
/// ``ExitCode/failure``.
public struct CommandFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let exitCode: ExitCode

    public init(_ message: String, exitCode: ExitCode = .failure) {
        self.message = message
        self.exitCode = exitCode
    }

    public var description: String { message }
}
