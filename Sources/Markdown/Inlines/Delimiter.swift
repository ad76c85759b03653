/// An entry of the delimiter stack (CommonMark §6.2): a run of `*`, `_` or (GFM) `~`
/// that may open or close emphasis, linked to its neighbours in the stack.
struct Delimiter {
    var byte: UInt8
    var canOpen: Bool
    var canClose: Bool
    /// The length of the whole run as scanned (the rule of 3 uses it, not what is left).
    var length: Int
    /// The text cell holding the run's characters.
    var cell: Int
    /// The offset just past the run; compared with stack bottoms as cmark does.
    var position: Int
    var previous = -1
    var next = -1
}
