import Diagnosis
import Foundation
import KnowledgeBase

/// The console side of `spravka diagnose`: shows each question with numbered answers, reads
/// the operator's line, and drives the ``Interview``. Typed SNILS numbers and names are
/// checked and forgotten; nothing typed is kept except the answers' ids.
struct InterviewSession {
    enum Outcome: Equatable {
        case finished
        case quit
        /// Input ended while `fact` was asked.
        case endOfInput(String)
    }

    static let quitMessage = "Опрос прерван. Ничего не сохранено."
    /// The key that goes on from a first-fix stop to the full result.
    static let restKey = "п"

    var interview: Interview
    let report: DiagnosisReport
    let console: Console
    /// How a first-fix result is shown: `text` or `markdown`.
    var format: DiagnosisReport.Format = .text
    /// Whether the findings of the final state were already shown (at a first-fix stop that
    /// the operator ended there): the command then prints only the ticket summary.
    private(set) var findingsShown = false
    /// The answer that the last «ф» or «с» implies, taken by an empty line.
    private var proposal: String?

    init(interview: Interview, report: DiagnosisReport, console: Console) {
        self.interview = interview
        self.report = report
        self.console = console
    }

    private var echoes: Bool { !console.input.isTerminal }
    private var bold: Bool { console.usesColor(on: console.output) }

    mutating func run() -> Outcome {
        while true {
            if let factID = interview.question {
                if let outcome = ask(factID) { return outcome }
                continue
            }
            guard interview.canCheckTheRest else { return .finished }
            // First fix: the result now, and one key to check the rest.
            console.output.write("\n" + report.findings(interview.evaluation, format: format, bold: bold && format == .text))
            let rest = interview.lengthOfTheRest.wording
            let key = console.styled(Self.restKey, .bold, on: console.output)
            console.output.write("\(key) — проверить остальные причины (\(rest)); Enter — закончить здесь; н — назад\n> ")
            guard let line = console.input.readLine() else {
                console.output.write("\n")
                findingsShown = true
                return .finished
            }
            if echoes { console.output.write(PersonalDataMask.mask(line) + "\n") }
            let text = line.trimmingCharacters(in: .whitespaces).lowercased()
            if ["п", "g", "проверить"].contains(text) {
                interview.checkTheRest()
            } else if ["н", "y", "b", "и", "назад", "back"].contains(text) {
                interview.back()
            } else if ["q", "й", "quit", "выход"].contains(text) {
                return .quit
            } else {
                findingsShown = true
                return .finished
            }
        }
    }

    /// Asks `factID` until the operator answers, goes back or stops; `nil` to go on.
    private mutating func ask(_ factID: String) -> Outcome? {
        guard let fact = report.contract.fact(factID) else { return .finished }
        let question = report.wording.question(fact)
        console.output.write(prompt(question, number: interview.steps.count + 1))
        proposal = nil
        while true {
            console.output.write("> ")
            guard let line = console.input.readLine() else {
                console.output.write("\n")
                return .endOfInput(factID)
            }
            if echoes { console.output.write(PersonalDataMask.mask(line) + "\n") }
            if let proposed = proposal, line.trimmingCharacters(in: .whitespaces).isEmpty {
                if accept(proposed) { return nil }
                continue
            }
            switch OperatorInput(line, fact: factID, answers: fact.answerIDs) {
            case .answer(let value):
                if accept(value) { return nil }
            case .hint:
                let hint = TerminalMarkdown(bold: bold).render(question.hint)
                console.output.write((hint.isEmpty ? "Подсказки к этому вопросу нет." : hint) + "\n")
            case .back:
                if interview.back() { return nil }
                console.output.write("Это первый вопрос: возвращаться некуда.\n")
            case .quit:
                return .quit
            case .checkSNILS:
                console.output.write("СНИЛС (не сохраняется): ")
                guard let typed = console.input.readLine() else { continue }
                if echoes { console.output.write(PersonalDataMask.mask(typed) + "\n") }
                let verdict = SNILSExplanation.explain(typed)
                console.output.write(verdict.message + "\n")
                propose(ImpliedAnswer.afterSNILSCheck(fact: factID, isValid: verdict.isValid), question: question)
            case .compareNames:
                console.output.write("ФИО на Госуслугах (не сохраняется): ")
                guard let first = console.input.readLine() else { continue }
                if echoes { console.output.write("\n") }
                console.output.write("ФИО в Дневник.ру (не сохраняется): ")
                guard let second = console.input.readLine() else { continue }
                if echoes { console.output.write("\n") }
                let comparison = NameComparer.compare(first, second)
                let lines = NameComparisonExplanation.explain(comparison)
                console.output.write(lines.map { "- \($0)\n" }.joined())
                propose(ImpliedAnswer.afterNameComparison(comparison), question: question)
            case .invalid(let options):
                let typed = PersonalDataMask.mask(line.trimmingCharacters(in: .whitespaces))
                let what = typed.isEmpty ? "Пустой ответ" : "«\(typed)» — нет такого ответа"
                console.output.write("\(what). Введите число от 1 до \(options) или 0, если звонящий не знает.\n")
            }
        }
    }

    /// Gives `value` as the answer; explains a refusal and returns `false`.
    private mutating func accept(_ value: String) -> Bool {
        do {
            try interview.answer(value)
            return true
        } catch {
            console.output.write(explain(error) + "\n")
            return false
        }
    }

    /// Offers `value` as the answer an empty line takes.
    private mutating func propose(_ value: String?, question: DiagnosisWording.Question) {
        proposal = value
        guard let value, let index = question.options.firstIndex(where: { $0.value == value }) else { return }
        let number = index == question.options.count - 1 ? 0 : index + 1
        let answer = console.styled("\(number). \(question.options[index].label)", .bold, on: console.output)
        console.output.write("Значит, ответ: \(answer). Enter — принять, или введите другой ответ.\n")
    }

    private func prompt(_ question: DiagnosisWording.Question, number: Int) -> String {
        var text = "\nВопрос \(number) (до результата \(interview.length.wording))\n\(question.text)\n"
        let values = question.options.dropLast()
        for (index, option) in values.enumerated() {
            text += "  \(index + 1). \(option.label)\n"
        }
        if let unknown = question.options.last { text += "  0. \(unknown.label)\n" }
        var commands = ["? — как проверить", "н — назад", "q — выход"]
        if OperatorInput.snilsFacts.contains(question.fact) { commands.insert("с — проверить СНИЛС", at: 1) }
        if OperatorInput.nameFacts.contains(question.fact) { commands.insert("ф — сравнить ФИО", at: 1) }
        text += "(" + commands.joined(separator: ", ") + ")\n"
        return text
    }

    private func explain(_ error: InterviewError) -> String {
        switch error {
        case .answer(.contradiction(let fact, let value, let impliedBy, let implied)):
            return "Этот ответ противоречит прежнему (\(impliedBy) даёт \(fact)=\(implied), а не \(value)). Выберите другой или вернитесь назад (н)."
        default:
            return "Ответ не принят: \(error.description)."
        }
    }
}

/// Ctrl-C during an interactive interview: a clean line and exit status 130, no trace.
enum InterruptHandler {
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    static func install(console: Console) {
        guard source == nil else { return }
        signal(SIGINT, SIG_IGN)
        let signalSource = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        signalSource.setEventHandler {
            console.output.write("\n" + InterviewSession.quitMessage + "\n")
            exit(ExitCode.interrupted.rawValue)
        }
        signalSource.resume()
        source = signalSource
    }
}
