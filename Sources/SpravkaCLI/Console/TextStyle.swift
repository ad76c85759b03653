/// ANSI SGR styles for terminal output; apply them through ``Console/styled(_:_:on:)`` so that
/// `NO_COLOR` and non-terminals are respected.
public struct TextStyle: Hashable, Sendable {
    /// The SGR parameters, e.g. `"1;31"` for bold red.
    let parameters: String

    public static let bold = TextStyle(parameters: "1")
    public static let red = TextStyle(parameters: "31")
    public static let yellow = TextStyle(parameters: "33")
    public static let green = TextStyle(parameters: "32")
    public static let boldRed = TextStyle(parameters: "1;31")
    public static let boldYellow = TextStyle(parameters: "1;33")

    func apply(to text: String) -> String {
        "\u{1B}[\(parameters)m\(text)\u{1B}[0m"
    }
}
