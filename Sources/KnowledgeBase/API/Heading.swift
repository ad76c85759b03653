/// A heading of an article's body, with the anchor that links to it (`[text](id#anchor)`).
public struct Heading: Equatable, Sendable {
    public var level: Int
    /// The heading's text as written (region variables not yet replaced).
    public var text: String
    /// The slug of `text`, made unique within the article (see ``Slug``).
    public var anchor: String
    public var position: TextPosition

    public init(level: Int, text: String, anchor: String, position: TextPosition) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.position = position
    }
}
