/// Something the front-matter parser rejects, at the position where it is.
public struct FrontMatterProblem: Equatable, Sendable, CustomStringConvertible {
    public var position: TextPosition
    /// Lower-case, says what is wrong.
    public var message: String
    public var hint: String?

    public init(_ message: String, at position: TextPosition, hint: String? = nil) {
        self.position = position
        self.message = message
        self.hint = hint
    }

    public var description: String { "\(position): \(message)" }
}
