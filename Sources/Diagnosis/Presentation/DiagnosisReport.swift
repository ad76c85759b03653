import Foundation
import KnowledgeBase

/// The interview's output in the formats of `spravka diagnose`: the stateless JSON protocol
/// (docs/architecture.md, "The diagnostic contract"), and the operator's report (text or Markdown) with the ticket summary.
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

    /// `{"status":"ask","question":{"id":…,"text":…,"options":[{"value":…,"label":…}]}}`,
    /// and with `length` how long the interview usually still is, this question included, as
    /// the operator and the wizard see it:
    /// `"length":{"from":3,"to":4,"text":"обычно 3–4 вопроса"}` after the question.
    public func jsonAsk(_ factID: String, length: InterviewLength? = nil) -> String {
        guard let fact = contract.fact(factID) else { return "{}" }
        let question = wording.question(fact)
        let options = question.options.map { JSONText.Value.object([("value", .string($0.value)), ("label", .string($0.label))]) }
        var object: [(String, JSONText.Value)] = [
            ("status", .string("ask")),
            ("question", .object([("id", .string(fact.id)), ("text", .string(question.text)), ("options", .array(options))])),
        ]
        if let length {
            let typical = length.typical
            object.append(("length", .object([
                ("from", .number(typical.lowerBound)), ("to", .number(typical.upperBound)), ("text", .string(length.wording)),
            ])))
        }
        return JSONText.render(.object(object))
    }

    /// `{"status":"done","causes":[{"id":…,"title":…,"certainty":…,"fix_by":[…],"article":…}]}`
    ///
    /// At a first-fix stop (``Evaluation/stoppedAtFirstFix``) the object also says
    /// `"until":"first-fix"` after the status, and each possible cause ends with
    /// `"when":"before"` (check it first: earlier in the order to fix) or `"when":"after"`
    /// (if signing in still fails after the certain one is fixed) and `"to_check":[fact ids]`.
    /// The rest is checked by asking again with `--until all`.
    public func jsonDone(_ evaluation: Evaluation) -> String {
        let stages = evaluation.stages
        let causes = evaluation.findings.enumerated().compactMap { index, finding -> JSONText.Value? in
            guard let cause = contract.cause(finding.cause) else { return nil }
            let words = wording.cause(cause)
            var members: [(String, JSONText.Value)] = [
                ("id", .string(cause.id)),
                ("title", .string(words.title)),
                ("certainty", .string(finding.certainty.rawValue)),
                ("fix_by", .array(words.fixBy.map { .string($0.rawValue) })),
                ("article", .string(wording.address(ofArticle: words.article))),
            ]
            if evaluation.stoppedAtFirstFix, finding.certainty == .possible {
                members.append(("when", .string(stages[index].rawValue)))
                members.append(("to_check", .array(finding.toCheck.map { .string($0) })))
            }
            return .object(members)
        }
        var object: [(String, JSONText.Value)] = [("status", .string("done"))]
        if evaluation.stoppedAtFirstFix { object.append(("until", .string(Until.firstFix.rawValue))) }
        object.append(("causes", .array(causes)))
        return JSONText.render(.object(object))
    }

    // MARK: Operator's report

    /// The findings with everything the operator reads out, then the ticket summary.
    /// `bold`: the text format shows the Markdown of remedies with the terminal's bold.
    public func report(
        steps: [Interview.Step], given: [Interview.Step], evaluation: Evaluation, format: Format, bold: Bool = false
    ) -> String {
        findings(evaluation, format: format, bold: bold) + summarySection(steps: steps, given: given, evaluation: evaluation, format: format)
    }

    /// The ticket summary under its heading.
    public func summarySection(steps: [Interview.Step], given: [Interview.Step], evaluation: Evaluation, format: Format) -> String {
        let heading = format == .markdown ? "## Сводка для заявки\n\n" : "Сводка для заявки\n=================\n\n"
        return heading + ticketSummary(steps: steps, given: given, evaluation: evaluation)
    }

    /// Headings of a first-fix result: the possible causes earlier in the order to fix are
    /// checked first, the later ones only if signing in still fails.
    static let checkFirstHeading = "Сначала проверьте"
    static let checkAfterHeading = "Если после этого войти не получится"

    /// The findings under «Итог», each with everything the operator reads out.
    public func findings(_ evaluation: Evaluation, format: Format, bold: Bool = false) -> String {
        let markdown = format == .markdown
        let title = evaluation.stoppedAtFirstFix ? "Итог: первая найденная причина" : "Итог"
        var out = markdown ? "## \(title)\n\n" : "\(title)\n\(String(repeating: "=", count: title.count))\n\n"
        let stages = evaluation.stages
        if evaluation.stoppedAtFirstFix {
            // The cause found, at a glance, before the causes to check around it.
            let found = evaluation.findings.filter { $0.certainty == .certain }
                .compactMap { contract.cause($0.cause).map { "«\(wording.cause($0).title)»" } }
            out += "Найдена причина: \(found.joined(separator: ", ")).\n\n"
        }
        var shownStage: Evaluation.Stage?
        for (number, finding) in evaluation.findings.enumerated() {
            guard let cause = contract.cause(finding.cause) else { continue }
            if evaluation.stoppedAtFirstFix, stages[number] != shownStage {
                shownStage = stages[number]
                switch stages[number] {
                case .before: out += markdown ? "**\(Self.checkFirstHeading):**\n\n" : "\(Self.checkFirstHeading):\n\n"
                case .after: out += markdown ? "**\(Self.checkAfterHeading):**\n\n" : "\(Self.checkAfterHeading):\n\n"
                case .certain: break
                }
            }
            let words = wording.cause(cause)
            let certainty = finding.certainty == .certain ? "точно" : "возможно"
            out += markdown
                ? "### \(number + 1). \(words.title) — \(certainty)\n\n"
                : "\(number + 1). \(words.title) — \(certainty)\n"
            var lines: [String] = []
            lines.append("Кто действует: \(Party.operatorList(words.fixBy))")
            if finding.certainty == .possible, !words.check.isEmpty { lines.append("Проверить: \(words.check)") }
            for fact in finding.toCheck {
                if let question = contract.fact(fact).map(wording.question) {
                    lines.append("Не выяснено: \(question.text)")
                }
            }
            // At a first fix, a cause still to check is only named with what to check:
            // what to say and do comes when it is checked.
            let brief = evaluation.stoppedAtFirstFix && finding.certainty == .possible
            if !brief, !words.say.isEmpty { lines.append("Скажите звонящему: \(words.say)") }
            let address = wording.address(ofArticle: words.article)
            if !address.isEmpty { lines.append("Статья: \(address)") }
            if markdown {
                out += lines.map { "- \($0)\n" }.joined() + "\n"
                if !brief, !words.remedy.isEmpty { out += "Что делать:\n\n" + words.remedy.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n" }
            } else {
                out += lines.map { "   \($0)\n" }.joined()
                if !brief, !words.remedy.isEmpty {
                    out += "   Что делать:\n"
                    out += TerminalMarkdown(bold: bold).render(words.remedy, indent: "     ") + "\n"
                }
                out += "\n"
            }
        }
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
        let stages = evaluation.stages
        for (index, finding) in evaluation.findings.enumerated() {
            guard let cause = contract.cause(finding.cause) else { continue }
            let words = wording.cause(cause)
            var certainty = finding.certainty == .certain ? "точно" : "возможно"
            if evaluation.stoppedAtFirstFix {
                switch stages[index] {
                case .before: certainty += " (проверить сначала)"
                case .after: certainty += " (если после исправления войти не получится)"
                case .certain: break
                }
            }
            out += "- \(words.title) [\(cause.id)] — \(certainty); действует: \(Party.operatorList(words.fixBy))\n"
        }
        if evaluation.stoppedAtFirstFix {
            out += "Опрос остановлен на первой найденной причине: остальные причины не проверены до конца.\n"
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
