import KnowledgeBase
/// Russian typography at render time: authors type ordinary spaces, and the site puts a
/// no-break space (U+00A0) where a line must not break.
///
/// A space becomes no-break
/// - after a word of one or two letters (Cyrillic or Latin, any case) that starts the text or
///   follows a space, an opening bracket or an opening quote: «в школе», «на Госуслугах»,
///   «(и СНИЛС)» — but not after «.ру» or «-то», which end longer words;
/// - before a dash with spaces around it: «здесь — как», «14 – 17»;
/// - inside a number or a phone written in groups: a group of one to three digits before a
///   group of two or three («1 000 000», «8 800 381-12-34»);
/// - between a number and the word after it when that word is one of `units` (a unit of
///   time or money, a month) or the sign `%` or `₽`: «14 лет», «2024 года», «5 мин»,
///   «1 сентября», «50 %»;
/// - after `№` or `§`: «№ 708-п», «№ АК-П13».
///
/// Only a single U+0020 between two characters that are not spaces is ever replaced, so the
/// text keeps its length in scalars, no-break spaces already in the text are read as spaces,
/// and a second pass changes nothing. One linear scan over the UTF-8 bytes, decoding a
/// character only around a space; no regular expressions.
enum Typography {
    /// `text` with the no-break spaces placed.
    static func apply(_ text: String) -> String {
        var copy = text
        let typeset = copy.withUTF8 { bytes -> [UInt8]? in
            let positions = noBreakPositions(in: bytes)
            return positions.isEmpty ? nil : replacingSpaces(in: bytes, at: positions[...], offset: 0)
        }
        return typeset.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The byte offsets of the spaces in `bytes` (valid UTF-8) that become no-break, in
    /// increasing order.
    static func noBreakPositions(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var positions: [Int] = []
        let count = bytes.count
        var index = 1
        while index < count - 1 {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: " ") else { continue }
            let previous = scalar(before: index, in: bytes).scalar
            let (next, afterNext) = scalar(at: index + 1, in: bytes)
            guard !isSpace(previous), !isSpace(next) else { continue }
            if isDash(next) {
                if afterNext == count || isSpace(scalar(at: afterNext, in: bytes).scalar) { positions.append(index) }
            } else if isDigit(previous) {
                if isDigit(next) ? joinsDigitGroups(bytes, space: index) : isUnit(bytes, from: index + 1) {
                    positions.append(index)
                }
            } else if previous == "№" || previous == "§" {
                positions.append(index)
            } else if isLetter(previous), endsShortWord(bytes, space: index) {
                positions.append(index)
            }
        }
        return positions
    }

    /// `bytes` with the spaces at `positions` (offsets from `offset`, increasing) made
    /// no-break.
    static func replacingSpaces(in bytes: UnsafeBufferPointer<UInt8>, at positions: ArraySlice<Int>, offset: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + positions.count)
        var start = 0
        for position in positions {
            let space = position - offset
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<space]))
            out.append(0xC2)
            out.append(0xA0)
            start = space + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        return out
    }

    /// Whether the letters before `space` are a word of one or two letters that starts the
    /// text or follows a space or an opening bracket or quote.
    private static func endsShortWord(_ bytes: UnsafeBufferPointer<UInt8>, space: Int) -> Bool {
        var start = space
        var letters = 0
        while start > 0 {
            let (scalar, begin) = scalar(before: start, in: bytes)
            guard isLetter(scalar) else { break }
            letters += 1
            if letters > 2 { return false }
            start = begin
        }
        guard start > 0 else { return true }
        let before = scalar(before: start, in: bytes).scalar
        return isSpace(before) || isOpening(before)
    }

    /// Whether `space` separates groups of a number or a phone: at most three digits before
    /// it, and two or three after it.
    private static func joinsDigitGroups(_ bytes: UnsafeBufferPointer<UInt8>, space: Int) -> Bool {
        var before = 0
        while before < 4, space - before - 1 >= 0, isDigit(Unicode.Scalar(bytes[space - before - 1])) { before += 1 }
        var after = 0
        while after < 4, space + after + 1 < bytes.count, isDigit(Unicode.Scalar(bytes[space + after + 1])) { after += 1 }
        return before <= 3 && (2...3).contains(after)
    }

    /// Whether the word starting at `start` is one of `units`, or the text there is `%` or `₽`.
    private static func isUnit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let first = scalar(at: start, in: bytes).scalar
        if first == "%" || first == "₽" { return true }
        var word = String.UnicodeScalarView()
        var index = start
        while index < bytes.count {
            let (scalar, end) = scalar(at: index, in: bytes)
            guard isLetter(scalar) else { break }
            guard word.count < longestUnit else { return false }
            word.append(lowercased(scalar))
            index = end
        }
        return !word.isEmpty && units.contains(String(word))
    }

    /// Words a number is not separated from, lower-case, without a final full stop.
    static let units = Set([
        "лет", "год", "года", "году", "годы", "годов", "г", "гг",
        "месяц", "месяца", "месяцев", "мес", "неделя", "недели", "недель", "неделю",
        "день", "дня", "дней", "дн", "час", "часа", "часов", "ч",
        "минута", "минуты", "минут", "мин", "секунда", "секунды", "секунд", "сек",
        "руб", "рубль", "рубля", "рублей", "тыс", "млн", "млрд",
    ] + RussianCalendar.genitive)

    private static let longestUnit = units.map(\.unicodeScalars.count).max() ?? 0

    // MARK: - Characters

    /// The scalar that starts at byte `index` of valid UTF-8, and the index after it.
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, end: Int) {
        let lead = bytes[index]
        guard lead >= 0x80 else { return (Unicode.Scalar(lead), index + 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return ("\u{FFFD}", bytes.count) }
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", index + length)
    }

    /// The scalar that ends just before byte `index` of valid UTF-8, and where it starts.
    private static func scalar(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, start: Int) {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(at: start, in: bytes).scalar, start)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F: return true
        default: return false
        }
    }

    /// Opening brackets and quotes: what may stand right before a short word besides a space.
    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "«", "„", "“", "\"", "'", "‘": return true
        default: return false
        }
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "—" || scalar == "–"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    /// Latin and Cyrillic letters: the scripts of the site's text.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x400...0x481, 0x48A...0x52F: return true
        default: return false
        }
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A, 0x410...0x42F: return Unicode.Scalar(scalar.value + 0x20) ?? scalar
        case 0x400...0x40F: return Unicode.Scalar(scalar.value + 0x50) ?? scalar
        default: return scalar
        }
    }
}
