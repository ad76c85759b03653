/// What `spravka snils` and the interview say about a typed SNILS, in Russian. The number
/// itself is never repeated in full: only its check digits and the positions of likely typos,
/// so nothing personal reaches the screen log or a transcript.
public enum SNILSExplanation {
    /// The verdict for `text` and whether it is valid (`nil` when unreadable).
    public static func explain(_ text: String) -> (message: String, isValid: Bool?) {
        let snils: SNILS
        do {
            snils = try SNILS(reading: text)
        } catch {
            switch error {
            case .empty:
                return ("СНИЛС не введён: нужно 11 цифр.", nil)
            case .unexpectedCharacter(let character, let position):
                return ("Это не СНИЛС: символ «\(character)» на \(position)-м месте. Нужно 11 цифр, можно с пробелами и дефисами.", nil)
            case .wrongDigitCount(let count):
                return ("Это не СНИЛС: \(count) \(digitsWord(count)), а нужно 11.", nil)
            }
        }
        if !snils.isChecked {
            return ("Номер до 001-001-998: контрольное число у таких номеров не проверяется.", true)
        }
        if snils.isValid {
            return ("Контрольное число \(twoDigits(snils.checkNumber)) верное: СНИЛС набран без ошибок в контрольной сумме.", true)
        }
        var message = "Контрольное число неверное: введено \(twoDigits(snils.checkNumber)), а для этих девяти цифр должно быть \(twoDigits(snils.expectedCheckNumber))."
        let typos = snils.likelyTypos
        if typos.isEmpty {
            message += " Перестановкой двух соседних цифр ошибку не объяснить: сверьте номер цифру за цифрой."
        } else {
            let places = typos.compactMap { typo in
                zip(snils.digits, typo.digits).enumerated().first { $0.element.0 != $0.element.1 }.map { "\($0.offset + 1)-я и \($0.offset + 2)-я" }
            }
            message += " Возможно, переставлены соседние цифры: " + places.joined(separator: "; ") + "."
        }
        return (message, false)
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }

    private static func digitsWord(_ count: Int) -> String {
        let lastTwo = count % 100, last = count % 10
        if (11...14).contains(lastTwo) { return "цифр" }
        if last == 1 { return "цифра" }
        if (2...4).contains(last) { return "цифры" }
        return "цифр"
    }
}
