import Foundation
import KnowledgeBase

/// One finished interview as `spravka diagnose --log` records it: one JSON line
/// (docs/architecture.md, "Short calls"), `{"v":1,"date":"YYYY-MM-DD","region":"55","answers":{"symptom":"…",…},
/// "causes":["…"],"questions":N}`.
///
/// Only the contract's ids are kept — the answers the caller gave (asked or `--given`, not
/// those implied), the causes found certain, the number of questions asked — never a name,
/// SNILS, phone number or free text: every value is checked against the contract, so a line
/// cannot carry anything else. `region` is `null` when the interview had none.
public struct CallRecord: Equatable, Sendable {
    public static let version = 1

    /// `YYYY-MM-DD`.
    public var date: String
    public var region: String?
    /// Fact id → answer (a value or `unknown`).
    public var answers: [String: String]
    /// The causes found certain, in the order to fix them.
    public var causes: [String]
    /// How many questions the interview asked (given answers not counted).
    public var questions: Int

    public init(date: String, region: String?, answers: [String: String], causes: [String], questions: Int) {
        self.date = date
        self.region = region
        self.answers = answers
        self.causes = causes
        self.questions = questions
    }

    /// The record of a finished interview: its given and asked answers, its certain causes.
    public init(interview: Interview, given: [String: String], date: String, region: String?) {
        var answers = given
        for step in interview.steps { answers[step.fact] = step.answer }
        self.init(
            date: date, region: region, answers: answers,
            causes: interview.evaluation.findings.filter { $0.certainty == .certain }.map(\.cause),
            questions: interview.steps.count)
    }

    /// The record as one line of JSON with its `\n`; answers in the contract's order.
    public func jsonLine(contract: DiagnosticContract) -> String {
        let answerMembers = contract.facts.compactMap { fact in
            answers[fact.id].map { (fact.id, JSONText.Value.string($0)) }
        }
        return JSONText.render(.object([
            ("v", .number(Self.version)),
            ("date", .string(date)),
            ("region", region.map { .string($0) } ?? .null),
            ("answers", .object(answerMembers)),
            ("causes", .array(causes.map { .string($0) })),
            ("questions", .number(questions)),
        ])) + "\n"
    }

    /// Reads one line, holding it to the contract.
    public init(line: String, contract: DiagnosticContract) throws(CallRecordError) {
        guard let data = line.data(using: .utf8),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { throw CallRecordError("not a JSON object") }
        let known: Set<String> = ["v", "date", "region", "answers", "causes", "questions"]
        if let extra = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw CallRecordError("unknown key '\(extra)'")
        }
        guard let version = object["v"] as? Int, version == Self.version else {
            throw CallRecordError("'v' must be \(Self.version)")
        }
        guard let date = object["date"] as? String, Self.isDate(date) else {
            throw CallRecordError("'date' must be YYYY-MM-DD")
        }
        var region: String?
        switch object["region"] {
        case nil, is NSNull: region = nil
        case let code as String where !code.isEmpty && code.allSatisfy(\.isASCII): region = code
        default: throw CallRecordError("'region' must be a region code or null")
        }
        guard let answers = object["answers"] as? [String: String] else {
            throw CallRecordError("'answers' must map fact ids to answers")
        }
        for (fact, value) in answers.sorted(by: { $0.key < $1.key }) {
            guard let declared = contract.fact(fact) else { throw CallRecordError("unknown fact '\(fact)'") }
            guard declared.answerIDs.contains(value) else { throw CallRecordError("unknown answer '\(value)' of '\(fact)'") }
        }
        guard let causes = object["causes"] as? [String] else { throw CallRecordError("'causes' must be a list of cause ids") }
        for cause in causes where contract.cause(cause) == nil { throw CallRecordError("unknown cause '\(cause)'") }
        guard let questions = object["questions"] as? Int, questions >= 0, questions <= contract.facts.count else {
            throw CallRecordError("'questions' must be a whole number from 0 to \(contract.facts.count)")
        }
        self.init(date: date, region: region, answers: answers, causes: causes, questions: questions)
    }

    /// Whether `text` is a date as the log writes it, `YYYY-MM-DD`.
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Today's date where the hotline is (the computer's time zone), `YYYY-MM-DD`.
    public static func today(_ now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(parts.year ?? 1970)-\(two(parts.month ?? 1))-\(two(parts.day ?? 1))"
    }
}

/// Why a line of a call log could not be read.
public struct CallRecordError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
