/// How often callers give each answer of a question, counted from a hotline's own calls
/// (`spravka stats --write-weights` writes them into `diagnosis/questions/<fact>.md`).
///
/// With weights, the planner minimises the expected number of questions under them instead of
/// counting every combination of answers once. A fact either has a count of at least 1 for
/// every answer (`unknown` included) or none; a fact without counts keeps every answer alike.
/// Only the proportions matter: counts `2, 1, 1` and `200, 100, 100` plan the same interview.
public struct AnswerWeights: Equatable, Sendable {
    /// By fact id, by answer (a value or `unknown`): how many calls gave it.
    public var counts: [String: [String: Int]]

    public init(_ counts: [String: [String: Int]]) {
        self.counts = counts
    }

    /// No weights: every combination of answers counts once.
    public static let none = AnswerWeights([:])

    /// The weights the knowledge base's questions carry (`weights:` in their front matter).
    public init(knowledgeBase: KnowledgeBase) {
        var counts: [String: [String: Int]] = [:]
        for question in knowledgeBase.questions where !question.weights.isEmpty {
            counts[question.fact] = question.weights
        }
        self.init(counts)
    }

    public var isEmpty: Bool { counts.isEmpty }
}
