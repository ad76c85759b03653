import Foundation

/// One line the operator typed at a question, understood.
public enum OperatorInput: Equatable, Sendable {
    /// An answer: a value of the fact, or `unknown`.
    case answer(String)
    /// `?`: show how to check.
    case hint
    /// `н` / `b`: take the last answer back.
    case back
    /// `q`: stop.
    case quit
    /// `с` at a SNILS question: check a SNILS (read next, never stored).
    case checkSNILS
    /// `ф` at the FIO question: compare two full names (read next, never stored).
    case compareNames
    /// Anything else; `options` is how many numbered answers there are (1…options, 0).
    case invalid(options: Int)

    /// The facts at which a SNILS check helps.
    public static let snilsFacts: Set<String> = ["snils_in_dnevnik", "snils_match"]
    /// The facts at which a name comparison helps.
    public static let nameFacts: Set<String> = ["fio_match"]

    /// Reads `line` for a question on `fact` whose answers are `answers` (values in order,
    /// `unknown` last): numbers 1… for the values, 0 for `unknown`, or a value id itself.
    /// Russian and Latin letters for the commands, in either keyboard layout (`н`/`y`, `b`/`и`).
    public init(_ line: String, fact: String, answers: [String]) {
        let text = line.trimmingCharacters(in: .whitespaces).lowercased()
        let values = answers.count - 1
        if ["?", ","].contains(text) {
            self = .hint
        } else if ["н", "y", "b", "и", "назад", "back"].contains(text) {
            self = .back
        } else if ["q", "й", "quit", "выход"].contains(text) {
            self = .quit
        } else if Self.snilsFacts.contains(fact), ["с", "c", "s", "ы", "снилс"].contains(text) {
            self = .checkSNILS
        } else if Self.nameFacts.contains(fact), ["ф", "a", "f", "а", "фио"].contains(text) {
            self = .compareNames
        } else if let number = Int(text), number >= 0, number <= values {
            self = .answer(answers[number == 0 ? values : number - 1])
        } else if answers.contains(text) {
            self = .answer(text)
        } else {
            self = .invalid(options: values)
        }
    }
}
