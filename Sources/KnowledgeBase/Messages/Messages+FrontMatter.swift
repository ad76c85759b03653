/// What the front-matter parser rejects (`FrontMatterParser`).
extension Messages {
    enum Syntax {
        static let missingOpening = "нет открывающей строки «---»: файл начинается с блока ключей"
        static let missingOpeningHint = "перед текстом напишите строку «---», ключи и ещё одну строку «---»"
        static let missingClosing = "нет закрывающей строки «---» после ключей"
        static let missingClosingHint = "после последнего ключа поставьте строку, в которой только «---»"

        static let tabInIndentation = "табуляция в отступе; делайте отступ пробелами"
        static let tabAfterColon = "табуляция после «:»; поставьте пробел"
        static let unexpectedIndentation = "лишний отступ: отступ бывает только у строк под ключом без значения"
        static func valueAlreadyOnItsLine(_ key: String) -> String {
            "лишний отступ: значение «\(key)» уже записано в его строке"
        }
        static let oneLineValueHint = "значение пишется в одну строку; продолжение на следующей строке не поддерживается"
        static let listItemWithoutKey = "элемент списка без ключа"
        static let listItemWithoutKeyHint = "пишите элементы списка с отступом под их ключом: «  - элемент»"
        static func duplicateKey(_ key: String, firstLine: Int) -> String {
            "ключ «\(key)» повторяется (впервые — в строке \(firstLine))"
        }
        static let expectedKeyValue = "ожидалась строка «ключ: значение»"
        static let expectedKeyBeforeColon = "перед «:» нет ключа"
        static func invalidKey(_ key: String, inMap: Bool) -> String {
            let rule = inMap
                ? "ключ в наборе пишется строчными латинскими буквами, цифрами, «-» и «_»"
                : "ключ пишется строчными латинскими буквами, цифрами и «_»"
            return "неверный ключ «\(key)»: \(rule)"
        }
        static let expectedSpaceAfterColon = "после «:» нужен пробел"

        static func badIndentation(expected: Int, asOnLine line: Int) -> String {
            "неверный отступ: нужно \(RussianPlural.count(expected, "пробел", "пробела", "пробелов")), как в строке \(line)"
        }
        static let listItemOnOneLineHint = "элемент списка пишется в одну строку; продолжение на следующей строке не поддерживается"
        static let expectedListItem = "ожидался элемент списка «- …»"
        static let emptyListItem = "пустой элемент списка"
        static let nestedMaps = "вложенные наборы «ключ: значение» не поддерживаются"
        static let nestedMapsHint = "в наборе только строки «ключ: значение», в каждой одно значение"
        static let listItemInMap = "ожидалась строка «ключ: значение», а здесь элемент списка"
        static let nestedLists = "вложенные списки не поддерживаются"
        static let listInMap = "в наборе «ключ: значение» у ключа одно значение, а не список"
        static let flowMaps = "запись «{…}» не поддерживается"
        static let flowMapsHint = "запишите набор строками «ключ: значение» с отступом"
        static let blockScalars = "многострочные значения («|», «>») не поддерживаются"
        static let blockScalarsHint = "напишите значение в одну строку; для переноса строки возьмите его в двойные кавычки и поставьте «\\n»"
        static func unknownEscape(_ character: Character) -> String {
            "неизвестная последовательность «\\\(character)» в строке в двойных кавычках"
        }
        static let escapesHint = "допустимы только «\\\"», «\\\\» и «\\n»"
        static func unterminatedString(doubleQuoted: Bool) -> String {
            doubleQuoted ? "не закрыты двойные кавычки" : "не закрыты одинарные кавычки"
        }
        static func closeQuoteHint(_ quote: Character) -> String {
            "закройте кавычку «\(quote)» в той же строке"
        }
        static let unterminatedList = "список не закрыт: нет «]»"
        static let emptyItemInList = "пустой элемент в списке"
        static let expectedCommaOrBracket = "в списке ожидалась «,» или «]»"
        static let textAfterValue = "лишний текст после значения"
        static let textAfterValueHint = "возьмите всё значение в кавычки, если в нём есть кавычки или скобки"
    }
}
