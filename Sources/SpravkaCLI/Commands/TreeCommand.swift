import Diagnosis
import Foundation

/// `spravka tree`: the interview as a decision tree, or its question counts.
struct TreeCommand: Command {
    static let name = "tree"
    static let summary = "Print the interview as a decision tree."
    static let discussion = """
        Prints the questions 'spravka diagnose' asks, for one symptom or from the start, as \
        an indented tree (text), a Mermaid flowchart or a Graphviz graph; a question reached \
        again is referred to by its number; with --until first-fix, the interview that stops \
        at the first certain cause (its results also name what may still apply). --stats instead runs the interview on every \
        combination of answers (unknown included) and prints the mean and largest number of \
        questions against the fewest that could settle each combination (used by \
        scripts/bench-diagnosis.sh); with --until first-fix, for the interview that stops at \
        the first certain cause, against the fewest that show a cause or settle, and checks \
        on every combination that first-fix keeps its promises.
        """
    static let symptom = Option.value("symptom", help: "Start after this symptom (a value of 'symptom').")
    static let format = Option.value(
        "format", allowedValues: DecisionTreeRenderer.Format.allCases.map(\.rawValue), defaultValue: "text",
        help: "Output format.")
    static let region = Option.value("region", valueName: "code", help: "Regional wording, e.g. 55.")
    static let stats = Option.flag("stats", help: "Print question counts over the whole answer space instead.")
    static let until = Option.value(
        "until", allowedValues: Until.allCases.map(\.rawValue), defaultValue: Until.all.rawValue,
        help: "The interview to the full result (all) or to the first fix (first-fix).")
    static let articles = Option.value("articles", valueName: "dir", help: "The knowledge base (default: Articles).")
    static let options = [symptom, format, region, stats, until, articles]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let engine = try DiagnosisSupport.engine()
        let given = arguments.value(symptom).map { ["symptom": $0] } ?? [:]
        let mode = Until(rawValue: arguments.value(until) ?? "") ?? .all
        do {
            _ = try engine.complete(given)
        } catch {
            throw CommandFailure(error.description, exitCode: .dataError)
        }
        if arguments.isSet(stats) {
            let clock = ContinuousClock()
            let start = clock.now
            let statistics = try engine.questionStatistics(symptom: arguments.value(symptom), until: mode)
            var text = "interview until:          \(mode.rawValue)\n"
            if mode == .firstFix {
                let check = try engine.firstFixCheck(symptom: arguments.value(symptom))
                text += "stopped at a first fix:   \(check.stoppedEarly) of \(check.combinations) combinations\n"
                text += "first-fix promises:       " + (check.violations.isEmpty
                    ? "hold on every combination (certain ⇒ certain in full; full findings ⊆ first-fix result)\n"
                    : "BROKEN on \(check.violations.count)+ combinations:\n" + check.violations.map { "  \($0)\n" }.joined())
            }
            let elapsed = clock.now - start
            text += describe(statistics, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            console.output.write(text)
            return .success
        }
        let knowledgeBase = try DiagnosisSupport.loadKnowledgeBase(arguments.value(articles))
        let regionCode = try arguments.value(region).map { try DiagnosisSupport.regionCode($0, in: knowledgeBase) }
        let renderer = DecisionTreeRenderer(
            contract: engine.contract, wording: DiagnosisWording(knowledgeBase: knowledgeBase, region: regionCode))
        let tree = try DecisionTree(engine: engine, given: given, until: mode)
        let outputFormat = DecisionTreeRenderer.Format(rawValue: arguments.value(format) ?? "text") ?? .text
        console.output.write(renderer.render(tree, format: outputFormat))
        return .success
    }

    static func describe(_ statistics: QuestionStatistics, seconds: Double) -> String {
        func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
        return """
            combinations of answers:  \(statistics.combinations)
            questions asked:          mean \(fixed(statistics.meanQuestions, 4)), max \(statistics.maximumQuestions)
            lower bound (per combination, by search):
                                      mean \(fixed(statistics.meanLowerBound, 4)), max \(statistics.maximumLowerBound)
            mean above lower bound:   \(fixed(statistics.excessOverBound * 100, 2)) %
            combinations above bound: \(statistics.combinationsAboveBound)
            time:                     \(fixed(seconds, 1)) s

            """
    }
}
