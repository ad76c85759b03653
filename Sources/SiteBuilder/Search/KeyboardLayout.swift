/// Text typed with the wrong keyboard layout: the Russian ЙЦУКЕН layout and the US QWERTY
/// layout put different characters on the same keys, so «ujcecke;b» is «госуслуги» typed
/// with the Latin layout switched on, and «вткмтшл» is «dnevnik» typed the other way.
///
/// Only the keys that give a Russian letter are mapped (the 26 letter keys and
/// `` ` `` `[` `]` `;` `'` `,` `.`, unshifted and shifted); every other character passes through.
enum KeyboardLayout {
    /// Key by key, the unshifted QWERTY characters and the ЙЦУКЕН letters on the same keys.
    static let latinKeys = Array("`qwertyuiop[]asdfghjkl;'zxcvbnm,.".unicodeScalars)
    static let cyrillicKeys = Array("ёйцукенгшщзхъфывапролджэячсмитьбю".unicodeScalars)
    /// The same keys with Shift.
    static let shiftedLatinKeys = Array("~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>".unicodeScalars)
    static let shiftedCyrillicKeys = Array("ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ".unicodeScalars)

    private static let toCyrillicMap = map(from: latinKeys + shiftedLatinKeys, to: cyrillicKeys + shiftedCyrillicKeys)
    private static let toLatinMap = map(from: cyrillicKeys + shiftedCyrillicKeys, to: latinKeys + shiftedLatinKeys)

    /// What `text`, typed with the Latin layout on, would have been with the Russian one.
    static func toCyrillic(_ text: String) -> String { convert(text, with: toCyrillicMap) }

    /// What `text`, typed with the Russian layout on, would have been with the Latin one.
    static func toLatin(_ text: String) -> String { convert(text, with: toLatinMap) }

    private static func convert(_ text: String, with map: [Unicode.Scalar: Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(map[scalar] ?? scalar) }
        return String(out)
    }

    private static func map(from keys: [Unicode.Scalar], to values: [Unicode.Scalar]) -> [Unicode.Scalar: Unicode.Scalar] {
        Dictionary(zip(keys, values), uniquingKeysWith: { first, _ in first })
    }
}
