/// The status `spravka` exits with, following `sysexits.h` where a code has a meaning there.
///
/// Scripts and CI rely on these values; add new ones here, never inline a number.
public struct ExitCode: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Everything worked.
    public static let success = ExitCode(rawValue: 0)
    /// The command ran and found problems (lint findings, a failed build).
    public static let failure = ExitCode(rawValue: 1)
    /// The input data was wrong, e.g. an unknown fact for `diagnose`.
    public static let dataError = ExitCode(rawValue: 2)
    /// The command line was wrong (`EX_USAGE`).
    public static let usage = ExitCode(rawValue: 64)
    /// A bug in spravka itself (`EX_SOFTWARE`).
    public static let internalError = ExitCode(rawValue: 70)
    /// Stopped by Ctrl-C (128 + `SIGINT`), as shells report it.
    public static let interrupted = ExitCode(rawValue: 130)

    public var description: String { String(rawValue) }
}
