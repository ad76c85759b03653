import KnowledgeBase

/// What a build did: its problems, or what it wrote.
public struct BuildReport: Sendable {
    public enum Stage: String, Sendable {
        case load, assemble, render, write, done
    }

    /// The stage the build stopped at: `.done` when the site was written.
    public var stage: Stage = .load
    public var diagnostics: [Diagnostic] = []
    public var pageCount = 0
    public var fileCount = 0
    public var byteCount = 0
    /// Files whose content differs from the previous site (0 for a rebuild with no change).
    public var changedFiles = 0
    /// Every file written, with its size in bytes.
    public var files: [(path: String, size: Int)] = []
    public var timings: [(stage: String, duration: Duration)] = []

    public var succeeded: Bool { stage == .done }
}
