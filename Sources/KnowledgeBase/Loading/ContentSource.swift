/// What the checks need to know about a file beyond its typed values: the front matter with
/// positions, what its body links to and which variables it uses, and where it holds
/// no-break spaces.
struct ContentSource: Equatable, Sendable {
    var frontMatter = FrontMatter()
    var links: [LinkUse] = []
    var headings: [Heading] = []
    /// Variables in the body and in the front-matter values that may hold them.
    var variables: [VariableUse] = []
    /// Whether the body renders nothing at all.
    var rendersNothing = false
    /// Whether the front matter had both `---` lines; if not, where the body starts is a guess.
    var isDelimited = true
    /// The lines, front matter and body, that hold a no-break space.
    var noBreakSpaces: [NoBreakSpaceLine] = []
}

/// A link in a body, at the position of its `[`.
struct LinkUse: Equatable, Sendable {
    var destination: String
    var position: TextPosition
}
