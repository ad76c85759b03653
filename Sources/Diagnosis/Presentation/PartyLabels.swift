import KnowledgeBase

/// How the report names who acts. Interface words of the operator's tool, like the menu
/// hints; the knowledge base holds no label for parties.
enum PartyLabels {
    static func label(_ party: Party) -> String {
        switch party {
        case .caller: return "звонящий"
        case .parent: return "родитель"
        case .student: return "ученик"
        case .school: return "школа (администратор Дневник.ру)"
        case .gosuslugi: return "Госуслуги"
        case .mfc: return "МФЦ"
        case .hotline: return "горячая линия региона"
        }
    }

    static func list(_ parties: [Party]) -> String {
        parties.map(label).joined(separator: ", ")
    }
}
