/// Every text the content checks, the loaders and the scaffold show an author, in Russian,
/// the language of the schools that write the content. Rules and loaders call these
/// functions and never spell a message themselves; the extensions beside this file group
/// them by where they are reported.
///
/// A message starts with a lower-case letter and says what is wrong; a hint says what to do.
/// Keys, values, ids and paths are quoted «so», as the author typed them. The machine-readable
/// parts of a finding (`path:line:column:`, `error`/`warning`) are not texts of this catalogue.
enum Messages {
    // MARK: Suggestions

    /// The hint for a misspelt key, value or id.
    static func didYouMean(_ word: String) -> String {
        "возможно, вы имели в виду «\(word)»"
    }

    /// The allowed values, with a suggestion first when the value looks like a typo.
    static func oneOf(_ candidates: [String], suggestion: String?) -> String {
        let list = "возможные значения: " + candidates.joined(separator: ", ")
        guard let suggestion else { return list }
        return didYouMean(suggestion) + "; " + list
    }

    // MARK: Lists and counts

    /// "01, 02, 03, 04, 05 и ещё 7".
    static func list(_ items: [String], limit: Int = 5) -> String {
        let shown = items.prefix(limit).joined(separator: ", ")
        return items.count > limit ? "\(shown) и ещё \(items.count - limit)" : shown
    }

    /// «a», «b», «c».
    static func quoted(_ items: [String]) -> String {
        items.map { "«\($0)»" }.joined(separator: ", ")
    }

    /// After «для» or «у»: "региона 55", "3 регионов: 01, 02, 03".
    static func regionsGenitive(_ codes: [String]) -> String {
        codes.count == 1
            ? "региона \(codes[0])"
            : "\(codes.count) \(RussianPlural.form(codes.count, "региона", "регионов", "регионов")): \(list(codes))"
    }

    /// After «в»: "регионе 55", "3 регионах: 01, 02, 03".
    static func regionsPrepositional(_ codes: [String]) -> String {
        codes.count == 1
            ? "регионе \(codes[0])"
            : "\(codes.count) \(RussianPlural.form(codes.count, "регионе", "регионах", "регионах")): \(list(codes))"
    }
}
