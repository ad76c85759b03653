/// Types the front matter of `diagnosis/questions/<fact>.md` and `diagnosis/causes/<cause>.md`.
/// Whether they agree with the contract is the checker's business (`ContractRule`).
enum DiagnosisLoader {
    static let questionKeys = ["fact", "operator", "parent", "options", "weights"]
    static let causeKeys = ["cause", "title", "fix_by", "article", "check", "say"]

    static func loadQuestion(_ parsed: ParsedFile) -> (LoadedFile.Content, FieldReader) {
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: questionKeys)
        let name = parsed.file.name
        if let scalar = reader.scalar("fact", required: true), scalar.text != name {
            reader.error(Messages.Diagnosis.factMismatch(scalar.text, file: name), at: scalar.position)
        }
        let operatorText = reader.scalar("operator", required: true, scanVariables: true)
        let wizardText = reader.scalar("parent", required: true, scanVariables: true)
        var options: [DiagnosticQuestion.Option] = []
        for entry in reader.map("options", required: true)?.items ?? [] {
            if case .invalid = entry.value { continue }
            guard case .scalar(let label) = entry.value, !label.text.trimmingSpaces.isEmpty else {
                reader.error(Messages.Diagnosis.optionWithoutLabel(entry.key), at: entry.keyPosition)
                continue
            }
            reader.scan(label)
            options.append(DiagnosticQuestion.Option(value: entry.key, label: label.text))
        }
        var question = DiagnosticQuestion(
            fact: name, path: parsed.file.path,
            operatorText: operatorText?.text ?? "", wizardText: wizardText?.text ?? "", options: options,
            hint: parsed.result.body, bodyStartLine: parsed.result.bodyStartLine,
            source: parsed.source(frontMatterVariables: reader.variables.uses))
        question.weights = loadWeights(&reader, options: options)
        return (.question(question), reader)
    }

    /// `weights:` (optional; docs/content-format.md): one `answer: count` line per option,
    /// each a whole number of at least 1. Any problem is an error and leaves no weights, so
    /// the interview never plans with half of them.
    private static func loadWeights(_ reader: inout FieldReader, options: [DiagnosticQuestion.Option]) -> [String: Int] {
        guard let (entry, items) = reader.map("weights") else { return [:] }
        var weights: [String: Int] = [:]
        var valid = true
        for item in items {
            guard options.contains(where: { $0.value == item.key }) else {
                reader.error(Messages.Diagnosis.weightForNoOption(item.key), at: item.keyPosition,
                             hint: Suggestion.closest(to: item.key, among: options.map(\.value)).map(Messages.didYouMean))
                valid = false
                continue
            }
            guard case .scalar(let scalar) = item.value, let count = Int(scalar.text.trimmingSpaces), count >= 1 else {
                reader.error(Messages.Diagnosis.badWeight(item.key), at: item.keyPosition)
                valid = false
                continue
            }
            weights[item.key] = count
        }
        let missing = options.map(\.value).filter { value in !items.contains { $0.key == value } }
        if !missing.isEmpty {
            reader.error(Messages.Diagnosis.missingWeights(missing),
                         at: entry.keyPosition)
            valid = false
        }
        return valid ? weights : [:]
    }

    static func loadCause(_ parsed: ParsedFile) -> (LoadedFile.Content, FieldReader) {
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: causeKeys)
        let name = parsed.file.name
        if let scalar = reader.scalar("cause", required: true), scalar.text != name {
            reader.error(Messages.Diagnosis.causeMismatch(scalar.text, file: name), at: scalar.position)
        }
        let title = reader.scalar("title", required: true, scanVariables: true)
        var fixBy: [Party] = []
        if let items = reader.list("fix_by", required: true) {
            if items.isEmpty, let entry = reader.frontMatter["fix_by"] {
                reader.error(Messages.Diagnosis.noParty, at: entry.keyPosition)
            }
            for item in items {
                if let party = Party(rawValue: item.text) {
                    fixBy.append(party)
                } else {
                    reader.error(Messages.Diagnosis.unknownParty(item.text), at: item.position,
                                 hint: ArticleLoader.hint(for: item.text, among: Party.allCases.map(\.rawValue)))
                }
            }
        }
        var article = ""
        if let scalar = reader.scalar("article", required: true), reader.checkArticleID(scalar) {
            article = scalar.text
        }
        let check = reader.scalar("check", required: true, scanVariables: true)
        let say = reader.scalar("say", required: true, scanVariables: true)
        let cause = DiagnosticCause(
            id: name, path: parsed.file.path, title: title?.text ?? "", fixBy: fixBy, article: article,
            check: check?.text ?? "", say: say?.text ?? "",
            remedy: parsed.result.body, bodyStartLine: parsed.result.bodyStartLine,
            source: parsed.source(frontMatterVariables: reader.variables.uses))
        return (.cause(cause), reader)
    }
}
