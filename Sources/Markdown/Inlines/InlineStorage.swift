/// The arrays of an `InlineSubject` and its `InlineTree`, kept between leaves so that
/// writing a document's HTML allocates them once rather than once per leaf.
struct InlineStorage {
    var cells: [InlineTree.Cell] = []
    var extra: [UInt8] = []
    var targets: [(destination: String, title: String)] = []
    var delimiters: [Delimiter] = []
    var openersBottom: [Int] = []
    var brackets: [Bracket] = []
    var lastBacktickRun: [Int] = []
}
