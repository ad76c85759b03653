import Foundation
import KnowledgeBase

/// The interview's output in the formats of `spravka diagnose`: the stateless JSON protocol
/// of DESIGN.md, and the operator's report (text or Markdown) with the ticket summary.
///
/// Words come from ``DiagnosisWording``; only the report's own headings are written here.
public struct DiagnosisReport: Sendable {
    public let contract: DiagnosticContract
    public let wording: DiagnosisWording

    public init(contract: DiagnosticContract, wording: DiagnosisWording) {
        self.contract = contract
        self.wording = wording
    }

    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    // MARK: JSON protocol

    /// `{"status":"ask","question":{"id":…,"text":…,"options":[{"value":…,"label":…}]}}`
    public func jsonAsk(_ factID: String) -> String {
        guard let fact = contract.fact(factID) else { return "{}" }
        let question = wording.question(fact)
        let options = question.options.map { JSONText.Value.object([("value", .string($0.value)), ("label", .string($0.label))]) }
        return JSONText.render(.object([
            ("status", .string("ask")),
            ("question", .object([("id", .string(fact.id)), ("text", .string(question.text)), ("options", .array(options))])),
        ]))
    }

    /// `{"status":"done","causes":[{"id":…,"title":…,"certainty":…,"fix_by":[…],"article":…}]}`
    public func jsonDone(_ evaluation: Evaluation) -> String {
        let causes = evaluation.findings.compactMap { finding -> JSONText.Value? in
            guard let cause = contract.cause(finding.cause) else { return nil }
            let words = wording.cause(cause)
            return .object([
                ("id", .string(cause.id)),
                ("title", .string(words.title)),
                ("certainty", .string(finding.certainty.rawValue)),
                ("fix_by", .array(words.fixBy.map { .string($0.rawValue) })),
                ("article", .string(wording.address(ofArticle: words.article))),
            ])
        }
        return JSONText.render(.object([("status", .string("done")), ("causes", .array(causes))]))
    }

    // MARK: Operator's report

    /// The findings with everything the operator reads out, then the ticket summary.
    public func report(steps: [Interview.Step], given: [Interview.Step], evaluation: Evaluation, format: Format) -> String {
        let markdown = format == .markdown
        var out = markdown ? "## Итог\n\n" : "Итог\n====\n\n"
        for (number, finding) in evaluation.findings.enumerated() {
            guard let cause = contract.cause(finding.cause) else { continue }
            let words = wording.cause(cause)
            let certainty = finding.certainty == .certain ? "точно" : "возможно"
            out += markdown
                ? "### \(number + 1). \(words.title) — \(certainty)\n\n"
                : "\(number + 1). \(words.title) — \(certainty)\n"
            var lines: [String] = []
            lines.append("Кто действует: \(PartyLabels.list(words.fixBy))")
            if finding.certainty == .possible, !words.check.isEmpty { lines.append("Проверить: \(words.check)") }
            for fact in finding.toCheck {
                if let question = contract.fact(fact).map(wording.question) {
                    lines.append("Не выяснено: \(question.text)")
                }
            }
            if !words.say.isEmpty { lines.append("Скажите звонящему: \(words.say)") }
            let address = wording.address(ofArticle: words.article)
            if !address.isEmpty { lines.append("Статья: \(address)") }
            if markdown {
                out += lines.map { "- \($0)\n" }.joined() + "\n"
                if !words.remedy.isEmpty { out += "Что делать:\n\n" + words.remedy.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n" }
            } else {
                out += lines.map { "   \($0)\n" }.joined()
                if !words.remedy.isEmpty {
                    out += "   Что делать:\n"
                    out += words.remedy.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? "\n" : "     \($0)\n" }.joined()
                }
                out += "\n"
            }
        }
        out += markdown ? "## Сводка для заявки\n\n" : "Сводка для заявки\n=================\n\n"
        out += ticketSummary(steps: steps, given: given, evaluation: evaluation)
        return out
    }

    /// Questions and answers, then causes: plain lines to paste into a ticket as they are.
    /// Holds no personal data: only the contract's answers and the causes.
    public func ticketSummary(steps: [Interview.Step], given: [Interview.Step], evaluation: Evaluation) -> String {
        var out = ""
        if let region = wording.region {
            let name = wording.knowledgeBase.region(code: region)?.name ?? ""
            out += "Регион: \(region) \(name)".trimmingTrailingSpaces + "\n"
        }
        out += "Вопросы и ответы:\n"
        for step in given + steps {
            guard let fact = contract.fact(step.fact) else { continue }
            out += "- \(wording.question(fact).text) — \(wording.label(step.answer, of: fact))\n"
        }
        out += "Причины:\n"
        for finding in evaluation.findings {
            guard let cause = contract.cause(finding.cause) else { continue }
            let words = wording.cause(cause)
            let certainty = finding.certainty == .certain ? "точно" : "возможно"
            out += "- \(words.title) [\(cause.id)] — \(certainty); действует: \(PartyLabels.list(words.fixBy))\n"
        }
        return PersonalDataMask.mask(out)
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }

    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
