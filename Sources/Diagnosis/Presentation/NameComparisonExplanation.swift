/// What `spravka compare-names` and the interview say about two full names, in Russian, one
/// line per difference, with the positions of the characters concerned.
public enum NameComparisonExplanation {
    public static func explain(_ comparison: NameComparison) -> [String] {
        switch comparison {
        case .identical:
            return ["ФИО совпадают буква в букву."]
        case .unusable(let name, .empty):
            return ["ФИО \(name) пустое: в нём нет ни одной буквы."]
        case .unusable(let name, .unexpectedCharacter(let character, let position)):
            return ["В ФИО \(name) символ «\(character)» на \(position)-м месте: в ФИО бывают только буквы, пробелы и дефисы."]
        case .different(let differences):
            return differences.map(line)
        }
    }

    static func line(_ difference: NameDifference) -> String {
        switch difference {
        case .latinLookalike(let name, let position, let latin, let cyrillic):
            return "ФИО \(name), \(position)-й символ: латинская «\(latin)» вместо русской «\(cyrillic)» — на вид одинаковы, но для Дневник.ру это разные буквы."
        case .latinLetter(let name, let position, let letter):
            return "ФИО \(name), \(position)-й символ: латинская буква «\(letter)» среди русских."
        case .yoVersusYe(let position1, let position2, let yoIn):
            let other = yoIn == 1 ? 2 : 1
            let (yoPosition, yePosition) = yoIn == 1 ? (position1, position2) : (position2, position1)
            return "В ФИО \(yoIn) «ё» (\(yoPosition)-й символ), а в ФИО \(other) — «е» (\(yePosition)-й символ)."
        case .spacing(let name, let position, let kind):
            switch kind {
            case .leading: return "ФИО \(name): пробел в начале."
            case .trailing: return "ФИО \(name): пробел в конце (с \(position)-го символа)."
            case .doubled: return "ФИО \(name): два пробела подряд (\(position)-й символ)."
            case .unusual(let character):
                let code = String(character.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
                return "ФИО \(name), \(position)-й символ: необычный пробел (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)) вместо обычного."
            }
        case .hyphen(let name, let position, let character):
            return "ФИО \(name), \(position)-й символ: тире или другой знак «\(character)» вместо обычного дефиса «-»."
        case .spaceAroundHyphen(let name, let position):
            return "ФИО \(name): пробел рядом с дефисом (\(position)-й символ); в двойной фамилии или имени пробелов у дефиса нет."
        case .letterCase(let position1, let position2):
            return "Заглавная и строчная буква различаются: \(position1)-й символ ФИО 1 и \(position2)-й символ ФИО 2."
        case .missingPatronymic(let missingIn):
            return "В ФИО \(missingIn) нет отчества, а в другом оно есть."
        case .swappedOrder:
            return "Те же слова в другом порядке: фамилия, имя и отчество переставлены."
        case .differentWord(let word, let first, let second):
            let what = word == 1 ? "Фамилия" : word == 2 ? "Имя" : word == 3 ? "Отчество" : "Слово \(word)"
            return "\(what) различается по буквам: «\(first)» и «\(second)»."
        case .differentWordCount(let first, let second):
            return "Разное число слов: \(first) и \(second)."
        }
    }
}
