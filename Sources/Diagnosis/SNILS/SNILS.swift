/// A SNILS (the Russian individual insurance account number): nine digits of the number and
/// two check digits, usually written `123-456-789 01`.
///
/// The check digits: multiply the nine digits by the weights 9, 8, …, 1 and add. A sum below
/// 100 is the check number; 100 and 101 give `00`; a larger sum is taken modulo 101, and a
/// remainder of 100 again gives `00`. Numbers up to 001-001-998 were issued before the rule
/// and are not checked.
public struct SNILS: Equatable, Sendable, CustomStringConvertible {
    /// The eleven digits.
    public let digits: [Int]

    /// The largest number that is not checked: 001-001-998.
    public static let lastUncheckedNumber = 1_001_998

    /// Reads a SNILS written with any spacing and dashes (`123-456-789 01`, `12345678901`).
    ///
    /// - Throws: ``SNILSReadError`` when the text is not eleven digits.
    public init(reading text: String) throws(SNILSReadError) {
        var digits: [Int] = []
        for (offset, character) in text.enumerated() {
            if let digit = character.wholeNumberValue, character.isASCII {
                digits.append(digit)
            } else if !Self.isSeparator(character) {
                throw .unexpectedCharacter(character, position: offset + 1)
            }
        }
        guard !digits.isEmpty else { throw .empty }
        guard digits.count == 11 else { throw .wrongDigitCount(digits.count) }
        self.digits = digits
    }

    init(digits: [Int]) {
        self.digits = digits
    }

    /// Spaces of any kind and dashes of any kind separate groups.
    static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || "-‐‑‒–—―−_".contains(character)
    }

    /// The first nine digits as a number.
    public var number: Int { digits.prefix(9).reduce(0) { $0 * 10 + $1 } }

    /// The last two digits as a number.
    public var checkNumber: Int { digits[9] * 10 + digits[10] }

    /// Whether the number is recent enough to have check digits (above 001-001-998).
    public var isChecked: Bool { number > Self.lastUncheckedNumber }

    /// The check number the first nine digits call for.
    public var expectedCheckNumber: Int { Self.checkNumber(forDigits: Array(digits.prefix(9))) }

    /// Whether the check digits are right, or the number is too old to be checked.
    public var isValid: Bool { !isChecked || checkNumber == expectedCheckNumber }

    /// The check number for nine digits.
    public static func checkNumber(forDigits digits: [Int]) -> Int {
        let sum = zip(digits, stride(from: 9, through: 1, by: -1)).reduce(0) { $0 + $1.0 * $1.1 }
        if sum < 100 { return sum }
        if sum <= 101 { return 0 }
        let remainder = sum % 101
        return remainder == 100 ? 0 : remainder
    }

    /// Numbers one swap of two neighbouring digits away that would pass the check: the typing
    /// mistakes most likely to have produced this number. Empty for a valid number.
    public var likelyTypos: [SNILS] {
        guard !isValid else { return [] }
        var result: [SNILS] = []
        for index in 0..<(digits.count - 1) where digits[index] != digits[index + 1] {
            var swapped = digits
            swapped.swapAt(index, index + 1)
            let candidate = SNILS(digits: swapped)
            if candidate.isChecked, candidate.isValid { result.append(candidate) }
        }
        return result
    }

    /// `123-456-789 01`.
    public var description: String {
        let text = digits.map(String.init)
        return text[0..<3].joined() + "-" + text[3..<6].joined() + "-" + text[6..<9].joined() + " " + text[9..<11].joined()
    }
}

/// Why a text is not a SNILS.
public enum SNILSReadError: Error, Equatable, Sendable {
    case empty
    /// A character that is neither a digit nor a space or dash, at a 1-based position.
    case unexpectedCharacter(Character, position: Int)
    /// Not eleven digits.
    case wrongDigitCount(Int)
}
