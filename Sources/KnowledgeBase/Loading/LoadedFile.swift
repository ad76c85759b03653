/// A content file turned into its typed value, with every problem found in it alone.
struct LoadedFile: Sendable {
    enum Content: Sendable {
        case article(Article)
        case region(Region)
        case regionDefaults(RegionDefaults)
        case question(DiagnosticQuestion)
        case cause(DiagnosticCause)
        case synonyms([SynonymGroup])
        case pageText(PageText.Kind, [String: String])
    }

    var file: ContentFile
    var content: Content
    var diagnostics: [Diagnostic]

    /// Reads, parses and types one file.
    static func load(_ file: ContentFile) -> LoadedFile {
        let parsed = ParsedFile.read(file)
        var reader: FieldReader
        let content: Content
        switch file.kind {
        case .article:
            (content, reader) = ArticleLoader.load(parsed, regionCode: nil)
        case .regionalArticle(let region):
            (content, reader) = ArticleLoader.load(parsed, regionCode: region)
        case .region(let code):
            (content, reader) = RegionLoader.load(parsed, code: code)
        case .regionDefaults:
            (content, reader) = RegionLoader.loadDefaults(parsed)
        case .question:
            (content, reader) = DiagnosisLoader.loadQuestion(parsed)
        case .cause:
            (content, reader) = DiagnosisLoader.loadCause(parsed)
        case .synonyms:
            (content, reader) = SynonymsLoader.load(parsed)
        case .pageText(let kind):
            (content, reader) = PageTextLoader.load(parsed, kind: kind)
        }
        var diagnostics = parsed.diagnostics
        // Without both `---` lines there are no keys to judge; the missing line is the problem.
        if parsed.result.isDelimited {
            diagnostics += reader.diagnostics
            diagnostics += (reader.variables.malformed + parsed.bodyVariables.malformed).map {
                Diagnostic(.error, path: file.path, line: $0.position.line, column: $0.position.column,
                           message: Messages.Fields.malformedVariable($0.text), hint: $0.hint)
            }
        }
        return LoadedFile(file: file, content: content, diagnostics: diagnostics)
    }
}
