import Foundation

/// A content file read and split: its front matter, and the outline and variables of its body.
/// Everything here is per file, so files are parsed in parallel.
struct ParsedFile: Sendable {
    var file: ContentFile
    var result: FrontMatterResult
    var headings: [Heading]
    var links: [LinkUse]
    var rendersNothing: Bool
    var bodyVariables: RegionVariables.Scan
    var noBreakSpaces: [NoBreakSpaceLine]
    /// Problems with the file itself and its front-matter syntax.
    var diagnostics: [Diagnostic]

    init(file: ContentFile, text: String) {
        self.file = file
        result = FrontMatterParser.parse(text)
        let outline = BodyOutline(body: result.body, bodyStartLine: result.bodyStartLine)
        headings = outline.headings
        links = outline.links
        rendersNothing = outline.rendersNothing
        bodyVariables = RegionVariables.scan(result.body, startingAt: TextPosition(line: result.bodyStartLine, column: 1))
        noBreakSpaces = NoBreakSpaceLine.find(in: text)
        diagnostics = result.problems.map {
            Diagnostic(.error, path: file.path, line: $0.position.line, column: $0.position.column, message: $0.message, hint: $0.hint)
        }
    }

    /// Reads and parses `file`; unreadable or non-UTF-8 files become a diagnostic.
    static func read(_ file: ContentFile) -> ParsedFile {
        guard let data = try? Data(contentsOf: file.url) else {
            var parsed = ParsedFile(file: file, text: "")
            parsed.diagnostics = [Diagnostic(.error, path: file.path, line: 1, column: 1, message: Messages.Files.unreadable)]
            return parsed
        }
        guard let text = String(data: data, encoding: .utf8) else {
            var parsed = ParsedFile(file: file, text: "")
            parsed.diagnostics = [Diagnostic(.error, path: file.path, line: 1, column: 1, message: Messages.Files.notUTF8,
                                             hint: Messages.Files.notUTF8Hint)]
            return parsed
        }
        return ParsedFile(file: file, text: text)
    }

    /// The source record kept with the typed value, with the front-matter variables added.
    func source(frontMatterVariables: [VariableUse]) -> ContentSource {
        ContentSource(frontMatter: result.frontMatter, links: links, headings: headings,
                      variables: frontMatterVariables + bodyVariables.uses, rendersNothing: rendersNothing,
                      isDelimited: result.isDelimited, noBreakSpaces: noBreakSpaces)
    }

    /// The position of the closing `---`, where problems with the whole body are reported.
    var bodyPosition: TextPosition {
        TextPosition(line: max(1, result.bodyStartLine - 1), column: 1)
    }
}
