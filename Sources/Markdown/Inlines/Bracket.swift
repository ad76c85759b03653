/// An entry of the bracket stack (CommonMark §6.3): an open `[` or `![` that a later `]`
/// may close into a link or image.
struct Bracket {
    /// The text cell holding `[` or `![`.
    var cell: Int
    /// The offset just past the bracket: where the link text starts.
    var position: Int
    var isImage: Bool
    /// Whether another bracket was opened after this one (then the link text cannot be
    /// used as a shortcut or collapsed reference label).
    var bracketAfter = false
}
