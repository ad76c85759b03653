import Diagnosis
import Foundation
import KnowledgeBase

/// `spravka diagnose`: the operator's interview, or one step of the stateless protocol.
struct DiagnoseCommand: Command {
    static let name = "diagnose"
    static let summary = "Diagnose a Dnevnik.ru sign-in problem by interview."
    static let discussion = """
        In a terminal, asks one question at a time: type the number of an answer, 0 for «Не \
        знаю», ? for how to check, н or b to go back, q to quit. At the SNILS and FIO questions, \
        с checks a SNILS and ф compares two full names; neither is stored. Ends with each \
        cause, its certainty, who acts, what to tell the caller, the article and a ticket \
        summary. With standard input not a terminal, reads one answer per line. \
        --until first-fix stops as soon as one cause is certain and lists every cause not yet \
        ruled out as possible, to check first or if signing in still fails; the key п then \
        goes on to the full result (--until all, the default). \
        --format json answers one step of the stateless protocol from --given alone: the \
        next question, or the causes. With --region of a region whose schools do not use \
        Dnevnik.ru, says which system they use and where to ask, and asks nothing (JSON: \
        status not-applicable). Nothing is written to disk unless --transcript or --log is \
        given; --log appends one JSON line per finished interview (answer and cause ids, the \
        number of questions, date, region; never anything typed) for spravka stats.
        """

    static let given = Option.value(
        "given", valueName: "fact=value", repeatable: true, help: "A known answer, e.g. symptom=profile-not-found.")
    static let format = Option.value(
        "format", allowedValues: DiagnosisReport.Format.allCases.map(\.rawValue), defaultValue: "text",
        help: "Output format.")
    static let region = Option.value("region", valueName: "code", help: "The caller's region code, e.g. 55.")
    static let transcript = Option.value(
        "transcript", valueName: "file", help: "Also write the ticket summary to this file.")
    static let until = Option.value(
        "until", allowedValues: Until.allCases.map(\.rawValue), defaultValue: Until.all.rawValue,
        help: "Stop at the first certain cause (first-fix) or when nothing can change (all).")
    static let log = Option.value(
        "log", valueName: "file", help: "Append the finished interview to this call log (for spravka stats).")
    static let articles = Option.value("articles", valueName: "dir", help: "The knowledge base (default: Articles).")
    static let options = [given, format, until, region, transcript, log, articles]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let givenAnswers = try parseGiven(arguments.values(given), engine: try DiagnosisSupport.engine())
        let knowledgeBase = try DiagnosisSupport.loadKnowledgeBase(arguments.value(articles))
        let engine = try DiagnosisSupport.engine(for: knowledgeBase)
        let stopAt = Until(rawValue: arguments.value(until) ?? "") ?? .all
        let regionCode = try arguments.value(region).map { try DiagnosisSupport.regionCode($0, in: knowledgeBase) }
        let wording = DiagnosisWording(knowledgeBase: knowledgeBase, region: regionCode)
        let report = DiagnosisReport(contract: engine.contract, wording: wording)
        let outputFormat = DiagnosisReport.Format(rawValue: arguments.value(format) ?? "text") ?? .text

        if let code = regionCode {
            // The region assembled once, as the site's pages get it.
            let callerRegion: RegionProfile
            do {
                callerRegion = try RegionProfile(code: code, in: knowledgeBase)
            } catch {
                throw CommandFailure(error.description, exitCode: .dataError)
            }
            switch callerRegion.use {
            case .no:
                // Nothing to diagnose: the region's schools do not use Dnevnik.ru.
                console.output.write((outputFormat == .json
                    ? DiagnosisReport.jsonNotApplicable(callerRegion)
                    : DiagnosisReport.notApplicableText(callerRegion)) + (outputFormat == .json ? "\n" : ""))
                return .success
            case .partly where outputFormat != .json:
                console.output.write(DiagnosisReport.partlyNotice(callerRegion))
            case .partly, .yes:
                break
            }
        }

        let interview: Interview
        do {
            interview = try Interview(engine: engine, given: givenAnswers, until: stopAt)
        } catch {
            throw CommandFailure(error.description, exitCode: .dataError)
        }
        let givenSteps = engine.contract.facts.compactMap { fact in
            givenAnswers[fact.id].map { Interview.Step(fact: fact.id, answer: $0) }
        }

        if outputFormat == .json {
            // The stateless protocol: one step from --given alone; standard input is not read.
            if let fact = interview.question {
                console.output.write(report.jsonAsk(fact, length: interview.length) + "\n")
            } else {
                console.output.write(report.jsonDone(interview.evaluation) + "\n")
            }
            return .success
        }

        var session = InterviewSession(interview: interview, report: report, console: console)
        session.format = outputFormat
        if console.input.isTerminal { InterruptHandler.install(console: console) }
        switch session.run() {
        case .finished:
            break
        case .quit:
            console.output.write(InterviewSession.quitMessage + "\n")
            return .success
        case .endOfInput(let fact):
            throw CommandFailure("input ended before the interview was finished; next question: \(fact)", exitCode: .failure)
        }
        let result = session.interview
        if session.findingsShown {
            console.output.write("\n" + report.summarySection(
                steps: result.steps, given: givenSteps, evaluation: result.evaluation, format: outputFormat))
        } else {
            console.output.write("\n" + report.report(
                steps: result.steps, given: givenSteps, evaluation: result.evaluation, format: outputFormat,
                bold: console.usesColor(on: console.output)))
        }
        if let path = arguments.value(log) {
            let record = CallRecord(interview: result, given: givenAnswers, date: CallRecord.today(), region: regionCode)
            do {
                try CallLog.append(record, contract: engine.contract, to: path)
            } catch {
                throw CommandFailure(error.description)
            }
        }
        if let path = arguments.value(transcript) {
            let summary = report.ticketSummary(steps: result.steps, given: givenSteps, evaluation: result.evaluation)
            do {
                try Data(summary.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw CommandFailure("cannot write the transcript to '\(path)': \(error.localizedDescription)")
            }
        }
        return .success
    }

    /// `FACT=VALUE` pairs, checked against the contract: exit 2 naming the valid ones.
    static func parseGiven(_ pairs: [String], engine: DiagnosticEngine) throws -> [String: String] {
        var answers: [String: String] = [:]
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "=") else {
                throw UsageError("--given needs FACT=VALUE, got '\(pair)'")
            }
            let fact = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
            if let earlier = answers[fact], earlier != value {
                throw CommandFailure("fact '\(fact)' given twice: '\(earlier)' and '\(value)'", exitCode: .dataError)
            }
            answers[fact] = value
        }
        do {
            _ = try engine.complete(answers)
        } catch {
            throw CommandFailure(error.description, exitCode: .dataError)
        }
        return answers
    }
}
