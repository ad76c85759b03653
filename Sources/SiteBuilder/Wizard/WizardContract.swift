import Diagnosis
import KnowledgeBase

/// The diagnostic contract as JSON for the wizard script (`/diagnose/contract.json`): all the
/// data the browser's port of the engine (`site/js/wizard.js`, `Engine`) needs to ask the same
/// questions and give the same findings as `spravka diagnose`. Texts are not here; they are
/// per region in `/NN/diagnose/texts.json` (``WizardTexts``).
///
/// Format (version 1), one line, keys in this order, everything in the contract's order:
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
///  "fixOrder":["signed-in-as-someone-else",…]}       // FixOrder.standard
/// ```
///
/// `op` is `=`, `!=` or `in` (``DiagnosticContract/Operator`` `equals`, `notEquals`,
/// `isOneOf`). The bytes depend on the contract only, so two builds write the same file.
enum WizardContract {
    static let version = 1

    static func json(_ contract: DiagnosticContract, fixOrder: [String] = FixOrder.standard) -> String {
        var out = "{\"version\":\(version)"
        out += ",\"unknown\":" + jsonString(DiagnosticContract.unknown)
        out += ",\"symptom\":" + jsonString(DiagnosticContract.symptomFact)
        out += ",\"other\":" + jsonString(DiagnosticContract.otherSymptom)
        out += ",\"facts\":[" + contract.facts.map { fact in
            "{\"id\":" + jsonString(fact.id) + ",\"values\":" + jsonList(fact.valueIDs) + "}"
        }.joined(separator: ",") + "]"
        out += ",\"causes\":[" + contract.causes.map { cause in
            let symptoms: String
            switch cause.symptoms {
            case .any: symptoms = "null"
            case .listed(let listed): symptoms = jsonList(listed)
            }
            return "{\"id\":" + jsonString(cause.id) + ",\"symptoms\":" + symptoms
                + ",\"conditions\":[" + cause.conditions.map(condition).joined(separator: ",") + "]"
                + ",\"fallback\":" + (cause.isFallback ? "true" : "false") + "}"
        }.joined(separator: ",") + "]"
        out += ",\"implications\":[" + contract.implications.map { implication in
            "{\"when\":" + condition(implication.condition) + ",\"fact\":" + jsonString(implication.fact)
                + ",\"value\":" + jsonString(implication.value) + "}"
        }.joined(separator: ",") + "]"
        out += ",\"fixOrder\":" + jsonList(fixOrder)
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
        "{\"fact\":" + jsonString(condition.fact) + ",\"op\":" + jsonString(operatorName(condition.operator))
            + ",\"values\":" + jsonList(condition.values) + "}"
    }
}
