/// How the operator's report and ticket summary name who acts: words of the operator's tool,
/// the same in the terminal and in the console (the parents' wizard words them its own way).
extension Party {
    public var operatorLabel: String {
        switch self {
        case .caller: return "звонящий"
        case .parent: return "родитель"
        case .student: return "ученик"
        case .school: return "школа (администратор Дневник.ру)"
        case .gosuslugi: return "Госуслуги"
        case .mfc: return "МФЦ"
        case .hotline: return "горячая линия региона"
        }
    }

    /// `звонящий, школа (администратор Дневник.ру)`.
    public static func operatorList(_ parties: [Party]) -> String {
        parties.map(\.operatorLabel).joined(separator: ", ")
    }
}
