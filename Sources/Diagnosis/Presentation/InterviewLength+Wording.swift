/// How the interview and the wizard say how long the rest usually is: «обычно 3–4 вопроса»,
/// «обычно 1 вопрос», «обычно 5 вопросов». `site/js/engine.js` says the same.
extension InterviewLength {
    public var wording: String {
        let range = typical
        let numbers = range.lowerBound == range.upperBound ? "\(range.upperBound)" : "\(range.lowerBound)–\(range.upperBound)"
        return "обычно \(numbers) \(Self.questionsWord(range.upperBound))"
    }

    /// «вопрос», «вопроса» or «вопросов» after `count`.
    public static func questionsWord(_ count: Int) -> String {
        let lastTwo = count % 100, last = count % 10
        if (11...14).contains(lastTwo) { return "вопросов" }
        if last == 1 { return "вопрос" }
        if (2...4).contains(last) { return "вопроса" }
        return "вопросов"
    }
}
