/// The age groups the rules of entry tell apart, as a text names them: «до 14 лет», «13 лет»,
/// «младше 14» are a child under 14; «с 14 лет», «14–17 лет», «подростку 15 лет», «старше
/// 14» a teenager of 14 to 17. A text that names a group is indexed under the group's stem as
/// well as its words, and a query that names one searches for it, so «в 13 лет» finds the
/// articles about children under 14 although none of them says «13», and «до 14 лет» is told
/// from «с 14 лет», which share their words.
///
/// The stems begin with `#`, which no word holds (`Tokenizer`), so they never meet a word,
/// a prefix or a typo. `site/js/search.js` (`ageBands`) follows the same rules for queries.
enum AgeBand: String, CaseIterable, Sendable {
    case under14 = "#до14"
    case teen = "#14-17"

    /// The words before a number that make «14» an upper bound («до 14 лет»).
    static let younger: Set<String> = ["до", "младше", "меньше", "моложе"]
    /// The words before a number that make it a lower bound («с 14 лет», «старше 14»).
    static let from: Set<String> = ["с", "от", "старше"]
    /// The words after a number that make it an age.
    static let years: Set<String> = ["лет", "год", "года"]

    /// The stems of the groups `words` (as `Tokenizer` gives them, stop words kept) name, in
    /// the order they first appear. A number of one or two digits is an age when «лет» follows
    /// it or a bound precedes it: 1–13 is under 14, and so is 14 after «до»; 14–17 is a
    /// teenager.
    static func stems(in words: [String]) -> [String] {
        var stems: [String] = []
        for (i, word) in words.enumerated() {
            guard (1...2).contains(word.unicodeScalars.count),
                  word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let n = Int(word)
            else { continue }
            let before = i > 0 ? words[i - 1] : ""
            let after = i + 1 < words.count ? words[i + 1] : ""
            let band: AgeBand?
            if n == 14, younger.contains(before) {
                band = .under14
            } else if (1...13).contains(n), years.contains(after) {
                band = .under14
            } else if (14...17).contains(n), years.contains(after) || from.contains(before) {
                band = .teen
            } else {
                band = nil
            }
            if let band, !stems.contains(band.rawValue) { stems.append(band.rawValue) }
        }
        return stems
    }
}
