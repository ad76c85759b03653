import KnowledgeBase

/// The diagnostic contract as JSON for the wizard script (`/diagnose/contract.json`).
/// (Placeholder format: facts and causes; the engine port defines the rest.)
enum WizardContract {
    static func json(_ contract: DiagnosticContract) -> String {
        "{\"facts\":" + jsonList(contract.facts.map(\.id)) + ",\"causes\":" + jsonList(contract.causes.map(\.id)) + "}\n"
    }
}
