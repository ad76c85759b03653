/// One line of `search/synonyms.md`: words and phrases a parent may type for the same thing
/// (`ребёнок, дети, сын, дочь`). The search finds an article written with any of them when
/// the query uses another.
public struct SynonymGroup: Equatable, Sendable {
    /// The words and phrases as written, in the file's order, each trimmed and with single
    /// spaces between its words.
    public var words: [String]
    /// Where the group is written: its line of the file.
    public var position: TextPosition

    public init(words: [String], position: TextPosition) {
        self.words = words
        self.position = position
    }
}
