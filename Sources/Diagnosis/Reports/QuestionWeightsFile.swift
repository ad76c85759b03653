/// Writes answer weights into a question's file (`diagnosis/questions/<fact>.md`) as the
/// front-matter map that docs/content-format.md describes:
///
/// ```
/// weights:
///   yes: 413
///   no: 97
///   unknown: 31
/// ```
///
/// An existing `weights:` map is replaced where it stands; otherwise the map becomes the last
/// key of the front matter. Every other byte of the file stays as it was, so the change reads
/// as a small diff in review.
public enum QuestionWeightsFile {
    /// `text` with its weights set to `counts`, one line per answer in the order of
    /// `answers`; `nil` when `text` has no front matter.
    public static func rewrite(_ text: String, answers: [String], counts: [String: Int]) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first?.trimmingTrailingCarriageReturn == "---",
              let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingCarriageReturn == "---" })
        else { return nil }
        let block = ["weights:"] + answers.map { "  \($0): \(counts[$0] ?? 1)" }
        if let start = (1..<closing).first(where: { lines[$0].hasPrefix("weights:") }) {
            var end = start + 1
            while end < closing, let first = lines[end].first, first == " " || first == "\t" { end += 1 }
            lines.replaceSubrange(start..<end, with: block)
        } else {
            lines.insert(contentsOf: block, at: closing)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmingTrailingCarriageReturn: Substring {
        hasSuffix("\r") ? dropLast() : Substring(self)
    }
}
