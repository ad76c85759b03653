/// Reads `pages/<kind>.md`: every key of ``PageText/keys(of:)`` with a one-line text, and no
/// other key. The body is not used (a school may keep notes there).
enum PageTextLoader {
    static func load(_ parsed: ParsedFile, kind: PageText.Kind) -> (LoadedFile.Content, FieldReader) {
        let keys = PageText.keys(of: kind)
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: keys)
        var texts: [String: String] = [:]
        for key in keys {
            // No-break spaces typed by hand are reported for every content file (NoBreakSpaceRule).
            guard let scalar = reader.scalar(key, required: true) else { continue }
            texts[key] = scalar.text
        }
        return (.pageText(kind, texts), reader)
    }
}
