import Markdown

/// `spravka markdown`: CommonMark with GFM extensions from standard input to HTML on standard
/// output, like `cmark`; used to check the parser against cmark and to benchmark it.
struct MarkdownCommand: Command {
    static let name = "markdown"
    static let summary = "Render Markdown from standard input as HTML."
    static let discussion = """
        Reads all of standard input as CommonMark 0.31.2 with the GitHub Flavored Markdown \
        extensions (tables, strikethrough, autolinks, tag filter) and writes HTML to standard \
        output, like cmark. Raw HTML and dangerous links are left out unless --unsafe is given.
        """

    static let unsafe = Option.flag(
        "unsafe", help: "Render raw HTML and dangerous URLs as they are.")
    static let noExtensions = Option.flag(
        "no-extensions", help: "Plain CommonMark: no GFM extensions.")
    static let options = [unsafe, noExtensions]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let options = MarkdownOptions(
            unsafe: arguments.isSet(unsafe),
            extensions: arguments.isSet(noExtensions) ? [] : .gfm)
        // Straight to HTML and out: the command needs no tree (building one costs a third of
        // the time), nor a copy of the HTML.
        withMarkdownHTML(utf8: console.input.readAll(), options: options) { console.output.write(UnsafeRawBufferPointer($0)) }
        return .success
    }
}
