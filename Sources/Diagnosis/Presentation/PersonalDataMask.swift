/// Masks what looks like a SNILS or a phone number in free text, before it is shown back or
/// written anywhere: a run of seven or more digits, possibly broken by spaces, dashes,
/// brackets or a leading plus, has every digit replaced by `•`.
///
/// Seven digits catch a local phone number (`381-12-34`) and every SNILS; dates
/// (`01.10.2017`) and short numbers are left alone because dots end a run.
public enum PersonalDataMask {
    public static let minimumDigits = 7

    public static func mask(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            guard isRunStart(characters[index]) else {
                output.append(characters[index])
                index += 1
                continue
            }
            var end = index
            var digits = 0
            var lastDigit = index
            while end < characters.count, isRunCharacter(characters[end]) || (end == index && characters[end] == "+") {
                if characters[end].isASCII, characters[end].isNumber { digits += 1; lastDigit = end }
                end += 1
            }
            if digits >= minimumDigits {
                for position in index...lastDigit {
                    let character = characters[position]
                    output.append(character.isASCII && character.isNumber ? "•" : character)
                }
                index = lastDigit + 1
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return output
    }

    private static func isRunStart(_ character: Character) -> Bool {
        character == "+" || character == "(" || (character.isASCII && character.isNumber)
    }

    private static func isRunCharacter(_ character: Character) -> Bool {
        (character.isASCII && character.isNumber) || " -‐‑–—()".contains(character)
    }
}
