import KnowledgeBase

/// The diagnostic contract as JSON for the wizard script (`/diagnose/contract.json`): all the
/// data the browser's port of the engine (`site/js/engine.js`, `Engine`) needs to ask the same
/// questions and give the same findings as `spravka diagnose`. Texts are not here; they are
/// per region in `/NN/diagnose/texts.json` (``WizardTexts``).
///
/// Format (version 2), one line, keys in this order, everything in the contract's order:
///
/// ```
/// {"version":1,
///  "unknown":"unknown",            // the answer every question also accepts, always last
///  "symptom":"symptom",            // the fact asked first
///  "other":"other",                // the symptom for which every cause is considered
///  "facts":[{"id":"symptom","values":["gosuslugi-login-fails",…]},…],   // without unknown
///  "causes":[{"id":"gosuslugi-credentials",
///             "symptoms":["gosuslugi-login-fails"],   // null: any symptom
///             "conditions":[{"fact":"gosuslugi_account","op":"!=","values":["none"]},…],
///             "fallback":false},…],                   // true for escalate
///  "implications":[{"when":{"fact":"who","op":"in","values":["parent","staff"]},
///                   "fact":"age","value":"18-plus"},…],
///  "fixOrder":["signed-in-as-someone-else",…],       // FixOrder.standard
///  "weights":{"symptom":[412,97,…],…}}               // AnswerWeights: by fact, a count per
///                                                    // answer (values, then unknown); only
///                                                    // the facts that have them; {} for none
/// ```
///
/// Version 2 added `weights`; the browser engine plans both `--until` modes with them.
///
/// `op` is `=`, `!=` or `in` (``DiagnosticContract/Operator`` `equals`, `notEquals`,
/// `isOneOf`). The bytes depend on the contract only, so two builds write the same file.
enum WizardContract {
    static let version = 2

    /// The knowledge base's contract with the answer weights its questions carry.
    static func json(_ knowledgeBase: KnowledgeBase) -> String {
        json(knowledgeBase.contract, weights: AnswerWeights(knowledgeBase: knowledgeBase))
    }

    static func json(_ contract: DiagnosticContract, fixOrder: [String] = FixOrder.standard, weights: AnswerWeights = .none) -> String {
        var out = "{\"version\":\(version)"
        out += ",\"unknown\":" + JSONText.quote(DiagnosticContract.unknown)
        out += ",\"symptom\":" + JSONText.quote(DiagnosticContract.symptomFact)
        out += ",\"other\":" + JSONText.quote(DiagnosticContract.otherSymptom)
        out += ",\"facts\":[" + contract.facts.map { fact in
            "{\"id\":" + JSONText.quote(fact.id) + ",\"values\":" + JSONText.list(fact.valueIDs) + "}"
        }.joined(separator: ",") + "]"
        out += ",\"causes\":[" + contract.causes.map { cause in
            let symptoms: String
            switch cause.symptoms {
            case .any: symptoms = "null"
            case .listed(let listed): symptoms = JSONText.list(listed)
            }
            return "{\"id\":" + JSONText.quote(cause.id) + ",\"symptoms\":" + symptoms
                + ",\"conditions\":[" + cause.conditions.map(condition).joined(separator: ",") + "]"
                + ",\"fallback\":" + (cause.isFallback ? "true" : "false") + "}"
        }.joined(separator: ",") + "]"
        out += ",\"implications\":[" + contract.implications.map { implication in
            "{\"when\":" + condition(implication.condition) + ",\"fact\":" + JSONText.quote(implication.fact)
                + ",\"value\":" + JSONText.quote(implication.value) + "}"
        }.joined(separator: ",") + "]"
        out += ",\"fixOrder\":" + JSONText.list(fixOrder)
        out += ",\"weights\":{" + contract.facts.compactMap { fact -> String? in
            guard let counts = weights.counts[fact.id] else { return nil }
            return JSONText.quote(fact.id) + ":[" + fact.answerIDs.map { String(counts[$0] ?? 0) }.joined(separator: ",") + "]"
        }.joined(separator: ",") + "}"
        return out + "}\n"
    }

    /// The operator's name in the JSON.
    static func operatorName(_ op: DiagnosticContract.Operator) -> String {
        switch op {
        case .equals: return "="
        case .notEquals: return "!="
        case .isOneOf: return "in"
        }
    }

    private static func condition(_ condition: DiagnosticContract.Condition) -> String {
        "{\"fact\":" + JSONText.quote(condition.fact) + ",\"op\":" + JSONText.quote(operatorName(condition.operator))
            + ",\"values\":" + JSONText.list(condition.values) + "}"
    }
}
