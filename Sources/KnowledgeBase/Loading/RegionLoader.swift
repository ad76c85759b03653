/// Types the front matter of `regions/<NN>.md` and `regions/_defaults.md`.
enum RegionLoader {
    static let keys = Region.variableKeys + Region.listKeys
    /// Keys a region has only for itself, with the reason shown when `_defaults.md` sets them.
    static let notInherited = [
        "code": "'code' has no default: every region file sets its own",
        "name": "'name' has no default: every region file sets its own",
        "name_in": "'name_in' has no default: every region file sets its own",
        "hotline": "'hotline' has no default: a phone number is never invented",
    ]
    /// Keys `_defaults.md` must set, so that common articles can use them everywhere.
    static let requiredDefaults = ["login_url", "site", "dnevnik_status", "support"]

    static func load(_ parsed: ParsedFile, code: String) -> (LoadedFile.Content, FieldReader) {
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: keys)
        if let scalar = reader.scalar("code", required: true), scalar.text != code {
            reader.error("code '\(scalar.text)' does not match the file name '\(code).md'", at: scalar.position)
        }
        _ = reader.scalar("name", required: true)
        let values = readValues(&reader)
        let region = Region(
            code: code, path: parsed.file.path, values: values, ownKeys: Set(values.keys),
            decrees: readList(&reader, "decrees"), notes: readList(&reader, "notes"), sources: readList(&reader, "sources"),
            body: parsed.result.body, bodyStartLine: parsed.result.bodyStartLine,
            source: parsed.source(frontMatterVariables: []))
        return (.region(region), reader)
    }

    static func loadDefaults(_ parsed: ParsedFile) -> (LoadedFile.Content, FieldReader) {
        let allowed = keys.filter { notInherited[$0] == nil }
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: allowed, notAllowed: notInherited)
        for key in requiredDefaults { _ = reader.scalar(key, required: true) }
        for key in Region.listKeys { _ = reader.list(key) }
        var defaults = RegionDefaults(path: parsed.file.path, values: readValues(&reader).filter { notInherited[$0.key] == nil })
        defaults.source = parsed.source(frontMatterVariables: [])
        return (.regionDefaults(defaults), reader)
    }

    /// The single-valued keys that are set, validated.
    private static func readValues(_ reader: inout FieldReader) -> [String: String] {
        var values: [String: String] = [:]
        for key in Region.variableKeys {
            guard let scalar = reader.scalar(key) else { continue }
            values[key] = scalar.text
            if scalar.text.containsBytes("{{") {
                reader.error("region values cannot use region variables", at: scalar.position)
            }
            switch key {
            case "dnevnik_status" where Region.DnevnikStatus(rawValue: scalar.text) == nil:
                reader.error("unknown dnevnik_status '\(scalar.text)'", at: scalar.position,
                             hint: "one of: " + Region.DnevnikStatus.allCases.map(\.rawValue).joined(separator: ", "))
            case "esia_only_since" where ContentDate(scalar.text) == nil:
                reader.error("bad date '\(scalar.text)': write YYYY-MM-DD", at: scalar.position)
            case "login_url" where !scalar.text.hasPrefix("https://"):
                reader.error("login_url must be a full https:// address", at: scalar.position)
            case "login_url" where !scalar.text.hasPrefix("https://login.dnevnik.ru/login/esia"):
                reader.warning("login_url is not a Dnevnik.ru Gosuslugi login address", at: scalar.position,
                               hint: "expected https://login.dnevnik.ru/login/esia/<slug>")
            default:
                break
            }
        }
        return values
    }

    private static func readList(_ reader: inout FieldReader, _ key: String) -> [String] {
        (reader.list(key) ?? []).map(\.text)
    }
}
