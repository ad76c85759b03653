import KnowledgeBase

extension DiagnosticEngine {
    /// Runs the interview for a caller whose answers are known: each question is answered
    /// from `answers`, `unknown` when they do not say. Used to measure how many questions a
    /// hotline's own calls take with this engine's plan and weights (`spravka stats --replay`).
    ///
    /// - Throws: ``InterviewError`` when the answers contradict each other.
    public func replay(_ answers: [String: String], until: Until) throws(InterviewError) -> Interview {
        var interview: Interview
        do {
            interview = try Interview(engine: self, until: until)
        } catch {
            throw .answer(error)
        }
        while let fact = interview.question {
            try interview.answer(answers[fact] ?? DiagnosticContract.unknown)
        }
        return interview
    }
}
