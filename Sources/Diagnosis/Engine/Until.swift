/// When the interview ends (`spravka diagnose --until`).
public enum Until: String, CaseIterable, Sendable {
    /// When the result can no longer change: every cause that applies is found (version 1).
    case all
    /// As soon as some cause other than the fallback is certain, or the result is settled;
    /// every cause not yet ruled out is reported as possible (docs/architecture.md,
    /// "Short calls").
    case firstFix = "first-fix"
}
