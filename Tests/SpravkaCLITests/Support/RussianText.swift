import Foundation
import KnowledgeBase

/// Tells a Russian message from one with English in it. What an author typed or must type
/// stays as it is inside a Russian sentence: quoted keys and values («titel»), region
/// variables, addresses, paths, command-line options, ids (`login-website`, `dnevnik_ru`,
/// `UTF-8`), and the names of keys and values of the content format. Any other word in Latin
/// letters is English.
enum RussianText {
    /// The words of the content format an author meets in messages: keys, their values, the
    /// contract's ids, and the few names the messages use as they are.
    static let contentWords: Set<String> = {
        var words: Set<String> = [
            "title", "summary", "audience", "topic", "about", "updated", "regions", "related", "order", "history",
            "fact", "operator", "parent", "options", "weights", "cause", "fix_by", "article", "check", "say",
            "true", "false", "id", "spravka", "new", "region", "serve", "build", "Ctrl",
        ]
        words.formUnion(Region.variableKeys + Region.listKeys)
        words.formUnion(Audience.allCases.map(\.rawValue) + Topic.allCases.map(\.rawValue) + Party.allCases.map(\.rawValue))
        words.formUnion(Region.DnevnikUse.allCases.map(\.rawValue) + Region.Confidence.allCases.map(\.rawValue))
        let contract = DiagnosticContract.standard
        words.formUnion(contract.facts.map(\.id) + contract.facts.flatMap(\.answerIDs) + contract.causes.map(\.id))
        words.formUnion(["dnevnik", "gosuslugi"])
        return words
    }()

    /// The English words of `message`; empty for a Russian message.
    static func englishWords(in message: String) -> [String] {
        var text = message
        // «quoted», possibly «nested «quotes»», innermost first.
        while let range = text.range(of: "«[^«»]*»", options: .regularExpression) {
            text.replaceSubrange(range, with: " ")
        }
        for pattern in [
            "\\{\\{[^}]*\\}\\}",                   // {{region.name}}
            "\\[[^\\]]*\\]\\([^)]*\\)",             // [текст](login-website)
            "[A-Za-z][A-Za-z0-9+.-]*://[^\\s)]*",   // https://…, http://
            "[^\\s()«»,;]*[/.][^\\s()«»,;]*[A-Za-z][^\\s()«»,;]*", // paths and file names: regions/_defaults.md, 55.md
            "--[a-z-]+",                            // --articles
        ] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let tokens = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-")) }
        return tokens.map(String.init).filter { token in
            guard token.contains(where: { $0.isASCII && $0.isLetter }) else { return false }
            // Ids and keys: student-14-17, login_url, UTF-8.
            if token.contains("-") || token.contains("_") || token.contains(where: \.isNumber) { return false }
            return !contentWords.contains(token)
        }
    }

    /// Whether `message` is Russian: it has Cyrillic letters and no English word.
    static func isRussian(_ message: String) -> Bool {
        message.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } && englishWords(in: message).isEmpty
    }

    /// The message of a finding line `path:line:column: error|warning: message (hint)`, or
    /// `nil` for another line. The message comes with its hint: both are read by authors.
    static func findingMessage(_ line: some StringProtocol) -> String? {
        guard let match = String(line).firstMatch(of: /^[^\s:][^:]*:\d+:\d+: (?:error|warning): (.*)$/) else { return nil }
        return String(match.1)
    }
}
