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

    var interview: Interview
    let report: DiagnosisReport
    let console: Console

    init(interview: Interview, report: DiagnosisReport, console: Console) {
        self.interview = interview
        self.report = report
        self.console = console
    }

    private var echoes: Bool { !console.input.isTerminal }

    mutating func run() -> Outcome {
        while let factID = interview.question {
            guard let fact = report.contract.fact(factID) else { return .finished }
            let question = report.wording.question(fact)
            console.output.write(prompt(question, number: interview.steps.count + 1))
            while true {
                console.output.write("> ")
                guard let line = console.input.readLine() else {
                    console.output.write("\n")
                    return .endOfInput(factID)
                }
                if echoes { console.output.write(PersonalDataMask.mask(line) + "\n") }
                let input = OperatorInput(line, fact: factID, answers: fact.answerIDs)
                switch input {
                case .answer(let value):
                    do {
                        try interview.answer(value)
                    } catch {
                        console.output.write(explain(error) + "\n")
                        continue
                    }
                case .hint:
                    let hint = question.hint.trimmingCharacters(in: .whitespacesAndNewlines)
                    console.output.write((hint.isEmpty ? "Подсказки к этому вопросу нет." : hint) + "\n")
                    continue
                case .back:
                    if !interview.back() {
                        console.output.write("Это первый вопрос: возвращаться некуда.\n")
                        continue
                    }
                case .quit:
                    return .quit
                case .checkSNILS:
                    console.output.write("СНИЛС (не сохраняется): ")
                    if let typed = console.input.readLine() {
                        if echoes { console.output.write(PersonalDataMask.mask(typed) + "\n") }
                        console.output.write(SNILSExplanation.explain(typed).message + "\n")
                    }
                    continue
                case .compareNames:
                    console.output.write("ФИО на Госуслугах (не сохраняется): ")
                    guard let first = console.input.readLine() else { continue }
                    if echoes { console.output.write("\n") }
                    console.output.write("ФИО в Дневник.ру (не сохраняется): ")
                    guard let second = console.input.readLine() else { continue }
                    if echoes { console.output.write("\n") }
                    let lines = NameComparisonExplanation.explain(NameComparer.compare(first, second))
                    console.output.write(lines.map { "- \($0)\n" }.joined())
                    continue
                case .invalid(let options):
                    let typed = PersonalDataMask.mask(line.trimmingCharacters(in: .whitespaces))
                    let what = typed.isEmpty ? "Пустой ответ" : "«\(typed)» — нет такого ответа"
                    console.output.write("\(what). Введите число от 1 до \(options) или 0, если звонящий не знает.\n")
                    continue
                }
                break
            }
        }
        return .finished
    }

    private func prompt(_ question: DiagnosisWording.Question, number: Int) -> String {
        let remaining = interview.remainingQuestions
        var text = "\nВопрос \(number) (осталось не больше \(remaining))\n\(question.text)\n"
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
