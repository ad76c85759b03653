import Diagnosis
import Foundation
import KnowledgeBase
import SiteBuilder
import Gzip
import SiteLog

/// `spravka stats FILE…`: what a hotline's calls were about, from the logs that
/// `spravka diagnose --log` writes.
struct StatsCommand: Command {
    static let name = "stats"
    static let summary = "Summarise hotline call logs; learn answer weights."
    static let discussion = """
        Reads the call logs that spravka diagnose --log writes (one JSON line per finished \
        interview) and prints, for the period and region asked: the number of calls, how often \
        each cause was found, how many questions a call took, and the questions most often \
        answered «Не знаю». A damaged line is skipped with a warning naming its file and line. \
        --html writes the same as one self-contained page with bar charts. --write-weights \
        writes how often each answer was given (each count plus one) into the questions' files \
        in the knowledge base, as their weights: map; review them like any content change. \
        The interview then plans its questions for the hotline's own mix of calls. \
        --replay instead runs today's interview (--until, with the knowledge base's weights) \
        on the calls of the logs, each question answered as logged or «Не знаю» where the log \
        has no answer, and reports the questions per call; --log appends each replayed \
        interview to a call log (used by scripts/bench-diagnosis.sh). \
        --access-log reads the help site's web-server access logs instead (nginx's combined \
        format, plain or .gz): the most frequent searches, those whose best result today is \
        weak or empty, articles opened from search results, the most visited articles, \
        «Помогла ли статья?» votes, the wizard's and the console's use, and addresses not \
        found. Crawlers are not counted; no client address or user agent is shown, nor a query \
        or address made by fewer than 3 requests; numbers that look like a SNILS, phone or \
        passport are masked.
        """
    static let files = Positional.repeating("file", help: "A call log written by spravka diagnose --log.")
    static let from = Option.value("from", valueName: "yyyy-mm-dd", help: "Count calls from this day on.")
    static let to = Option.value("to", valueName: "yyyy-mm-dd", help: "Count calls up to this day.")
    static let region = Option.value("region", valueName: "code", help: "Count only the calls of this region, e.g. 55.")
    static let html = Option.value("html", valueName: "file", help: "Also write the summary as an HTML page to this file.")
    static let writeWeights = Option.flag("write-weights", help: "Write the answers' frequencies into the questions' files.")
    static let replay = Option.flag("replay", help: "Run today's interview on the logged calls and count its questions.")
    static let until = Option.value(
        "until", allowedValues: Until.allCases.map(\.rawValue), defaultValue: Until.all.rawValue,
        help: "With --replay: the interview to the full result (all) or to the first fix (first-fix).")
    static let log = Option.value("log", valueName: "file", help: "With --replay: append each replayed interview to this call log.")
    static let accessLog = Option.flag("access-log", help: "The files are the site's access logs (nginx combined, plain or .gz).")
    static let articles = Option.value("articles", valueName: "dir", help: "The knowledge base (default: Articles).")
    static let options = [from, to, region, html, writeWeights, replay, until, log, accessLog, articles]
    static let positionals = [files]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let paths = arguments.values(files)
        guard !paths.isEmpty else { throw UsageError("stats needs at least one call log file") }
        for option in [from, to] {
            if let date = arguments.value(option), !CallRecord.isDate(date) {
                throw UsageError("\(option.spelling) needs a date as YYYY-MM-DD, got '\(date)'")
            }
        }
        let knowledgeBase = try DiagnosisSupport.loadKnowledgeBase(arguments.value(articles))
        let contract = knowledgeBase.contract
        let regionCode = try arguments.value(region).map { try DiagnosisSupport.regionCode($0, in: knowledgeBase) }
        if arguments.isSet(accessLog) {
            for option in [writeWeights, replay] where arguments.isSet(option) {
                throw UsageError("\(option.spelling) reads call logs, not access logs; leave out --access-log or \(option.spelling)")
            }
            return try accessLogReport(paths, knowledgeBase: knowledgeBase, region: regionCode, arguments: arguments, console: console)
        }
        let filter = CallStatistics.Filter(from: arguments.value(from), to: arguments.value(to), region: regionCode)

        var records: [CallRecord] = []
        var warnings = ""
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure("cannot read the call log '\(path)'")
            }
            let read = CallLog.read(String(decoding: data, as: UTF8.self), path: path, contract: contract)
            records += read.records
            for problem in read.problems {
                warnings += "\(problem.path):\(problem.line): warning: \(problem.message)\n"
            }
        }
        if !warnings.isEmpty { console.error.write(warnings) }

        if arguments.isSet(replay) {
            let mode = Until(rawValue: arguments.value(until) ?? "") ?? .all
            console.output.write(try replayCalls(
                records.filter(filter.includes), until: mode, knowledgeBase: knowledgeBase, log: arguments.value(log)))
            return .success
        }
        let statistics = CallStatistics(records: records, filter: filter, contract: contract)
        let report = CallStatisticsReport(
            statistics: statistics, filter: filter, wording: DiagnosisWording(knowledgeBase: knowledgeBase, region: regionCode))
        console.output.write(report.text())
        try writeHTML(report.html(), to: arguments.value(html))
        if arguments.isSet(writeWeights) {
            console.output.write(try write(AnswerWeights(records: records.filter(filter.includes), contract: contract), into: knowledgeBase))
        }
        return .success
    }

    /// `--access-log`: reads the web server's logs and prints (and with --html writes) the report.
    private static func accessLogReport(
        _ paths: [String], knowledgeBase: KnowledgeBase, region: String?, arguments: ParsedArguments, console: Console
    ) throws -> ExitCode {
        var statistics = AccessLogStatistics(filter: .init(from: arguments.value(from), to: arguments.value(to), region: region))
        for path in paths {
            do {
                guard try statistics.read(file: path) else { throw CommandFailure("cannot read the access log '\(path)'") }
            } catch let error as CommandFailure {
                throw error
            } catch let error as GzipError {
                throw CommandFailure("cannot read the access log '\(path)': \(error.description)", exitCode: .dataError)
            }
        }
        var warnings = ""
        for problem in statistics.unreadable {
            let lines = problem.lines.map(String.init).joined(separator: ", ") + (problem.count > problem.lines.count ? ", …" : "")
            warnings += "\(problem.path):\(problem.lines.first ?? 0): warning: \(problem.count) lines not in nginx's combined format skipped (lines \(lines))\n"
        }
        if !warnings.isEmpty { console.error.write(warnings) }
        let regions = region.map { [$0] } ?? knowledgeBase.regions.map(\.code)
        let search = SiteSearch(knowledgeBase: knowledgeBase, regions: regions)
        let report = AccessLogReport(
            statistics: statistics,
            answer: { region, query in
                let best = search.answer(query, region: region)
                return AccessLogReport.SearchAnswer(title: best?.title, path: best?.path, isWeak: best?.isWeak ?? true)
            },
            articleTitle: { region, id in search.title(ofArticle: id, region: region) })
        console.output.write(report.text())
        try writeHTML(report.html(), to: arguments.value(html))
        return .success
    }

    /// Writes a report's page where `--html` says, if it says.
    private static func writeHTML(_ page: String, to path: String?) throws {
        guard let path else { return }
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// Runs the interview on each call; returns the questions per call, in words.
    private static func replayCalls(_ calls: [CallRecord], until: Until, knowledgeBase: KnowledgeBase, log: String?) throws -> String {
        let engine = try DiagnosisSupport.engine(for: knowledgeBase)
        var total = 0
        var most = 0
        for (index, call) in calls.enumerated() {
            let interview: Interview
            do {
                interview = try engine.replay(call.answers, until: until)
            } catch {
                throw CommandFailure("call \(index + 1) cannot be replayed: \(error.description)", exitCode: .dataError)
            }
            total += interview.steps.count
            most = max(most, interview.steps.count)
            if let log {
                do {
                    try CallLog.append(CallRecord(interview: interview, given: [:], date: call.date, region: call.region),
                                       contract: engine.contract, to: log)
                } catch {
                    throw CommandFailure(error.description)
                }
            }
        }
        let mean = calls.isEmpty ? 0 : Double(total) / Double(calls.count)
        let weighted = engine.weights.isEmpty ? "без весов" : "с весами ответов"
        return "Повтор звонков (--until \(until.rawValue), \(weighted)): звонков \(calls.count); вопросов на звонок в среднем "
            + String(format: "%.4f", mean) + ", больше всего \(most)\n"
    }

    /// Writes each fact's weights into its question's file; returns what it did, in words.
    private static func write(_ weights: AnswerWeights, into knowledgeBase: KnowledgeBase) throws -> String {
        guard !weights.isEmpty else { return "\nВеса не записаны: в журналах нет ни одного ответа.\n" }
        var out = "\nВеса ответов записаны:\n"
        for fact in knowledgeBase.contract.facts {
            guard let counts = weights.counts[fact.id] else { continue }
            guard let question = knowledgeBase.question(fact: fact.id) else {
                out += "  \(fact.id): нет файла вопроса, пропущено\n"
                continue
            }
            let url = URL(fileURLWithPath: question.path)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let rewritten = QuestionWeightsFile.rewrite(String(decoding: data, as: UTF8.self), answers: fact.answerIDs, counts: counts)
            else { throw CommandFailure("cannot read the front matter of '\(question.path)'") }
            do {
                try Data(rewritten.utf8).write(to: url, options: .atomic)
            } catch {
                throw CommandFailure("cannot write '\(question.path)': \(error.localizedDescription)")
            }
            out += "  \(question.path): " + fact.answerIDs.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ") + "\n"
        }
        return out + "Проверьте их (spravka check) и отдайте на рецензию, как любую правку.\n"
    }
}
