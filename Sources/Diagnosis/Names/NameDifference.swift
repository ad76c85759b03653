/// One way in which two full names (FIO) differ. Positions are 1-based characters of the
/// name as typed; `name` is 1 or 2, the argument it was found in.
public enum NameDifference: Equatable, Sendable {
    /// A Latin letter that looks like a Cyrillic one (`A` for `А`).
    case latinLookalike(name: Int, position: Int, latin: Character, cyrillic: Character)
    /// A Latin letter that looks like no Cyrillic one, in a Cyrillic name.
    case latinLetter(name: Int, position: Int, letter: Character)
    /// `ё` in one name where the other has `е`.
    case yoVersusYe(position1: Int, position2: Int, yoIn: Int)
    /// Spaces before, after or between the words, doubled, or not plain spaces.
    case spacing(name: Int, position: Int, kind: SpacingKind)
    /// A dash other than the plain hyphen `-` in a double name, or spaces around it.
    case hyphen(name: Int, position: Int, character: Character)
    case spaceAroundHyphen(name: Int, position: Int)
    /// The same letter in upper case in one and lower case in the other.
    case letterCase(position1: Int, position2: Int)
    /// One name has a patronymic, the other has not.
    case missingPatronymic(missingIn: Int)
    /// The same words in another order.
    case swappedOrder
    /// A word that differs in its letters: `word` is 1 for the surname, 2 the given name, 3
    /// the patronymic (by the order of the first name).
    case differentWord(word: Int, first: String, second: String)
    /// One name has more words than the other in a way none of the above explains.
    case differentWordCount(first: Int, second: Int)

    public enum SpacingKind: Equatable, Sendable {
        case leading, trailing, doubled, unusual(Character)
    }
}

/// The result of comparing two full names.
public enum NameComparison: Equatable, Sendable {
    /// Exactly the same text.
    case identical
    /// Each difference found; at least one.
    case different([NameDifference])
    /// A name that cannot be compared: empty, or with characters no name has.
    case unusable(name: Int, reason: UnusableReason)

    public enum UnusableReason: Equatable, Sendable {
        case empty
        case unexpectedCharacter(Character, position: Int)
    }
}
