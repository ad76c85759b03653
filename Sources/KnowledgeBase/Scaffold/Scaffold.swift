import Foundation

/// A content file that `spravka new` is about to write: a new article, a new region file, or
/// an existing region file with the fields it lacked.
public struct Scaffold: Sendable {
    /// A place in the file still waiting for a fact or a text.
    public struct Gap: Equatable, Sendable {
        /// The key, or `body` for the text below the front matter.
        public var key: String
        /// 1-based.
        public var line: Int
        public var message: String
    }

    public var file: URL
    /// The path as `check` prints it: `Articles/regions/77.md`.
    public var displayPath: String
    public var text: String
    /// Whether the file exists and is being completed rather than created.
    public var completesExistingFile: Bool
    public var gaps: [Gap]
    /// What the file was started from, when it is a copy (an override of a common article).
    public var copiedFrom: String?

    /// Writes the file: a new one only if nothing is there yet; a completed one atomically.
    public func write() throws {
        let manager = FileManager.default
        try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        if completesExistingFile {
            try Data(text.utf8).write(to: file, options: .atomic)
        } else {
            guard !manager.fileExists(atPath: file.path) else { throw ScaffoldError(Messages.Scaffold.alreadyExistsNotOverwritten(displayPath)) }
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        }
    }

    /// The gaps as `check` prints its findings: `path:line:1: warning: message`.
    public var gapDiagnostics: [Diagnostic] {
        gaps.map { Diagnostic(.warning, path: displayPath, line: $0.line, column: 1, message: $0.message) }
    }

    /// The word that marks every place to fill in, so that it can be searched for.
    public static let marker = "ЗАПОЛНИТЕ"

    /// Every line holding the marker, as a gap.
    static func gaps(in text: String, describe: (Int, String) -> Gap?) -> [Gap] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            line.contains(marker) ? describe(index + 1, String(line)) : nil
        }
    }
}

/// Why `spravka new` will not write: a bad id or code, or a file that exists.
public struct ScaffoldError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
