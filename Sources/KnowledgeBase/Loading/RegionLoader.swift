/// Types the front matter of `regions/<NN>.md` and `regions/_defaults.md`.
enum RegionLoader {
    static let keys = Region.variableKeys + Region.listKeys
    /// What `_defaults.md` holds: the values a region that uses Dnevnik.ru inherits. All of
    /// them are required there, so that Dnevnik.ru articles can use them in such regions.
    static let defaultKeys = ["login_url", "site", "support"]
    /// Keys every region file sets itself, with what each says.
    static let requiredKeys = [
        ("system", "which e-diary the region's schools use"),
        ("system_short", "the system's short name, for titles and the region list"),
        ("dnevnik_ru", "whether the schools use Dnevnik.ru: yes, no or partly"),
        ("confirmed", "the month the facts were last confirmed, YYYY-MM"),
        ("confidence", "how firm the sources are: high or medium"),
    ]

    static func load(_ parsed: ParsedFile, code: String) -> (LoadedFile.Content, FieldReader) {
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: keys)
        if let scalar = reader.scalar("code", required: true), scalar.text != code {
            reader.error("code '\(scalar.text)' does not match the file name '\(code).md'", at: scalar.position)
        }
        _ = reader.scalar("name", required: true)
        for (key, meaning) in requiredKeys {
            guard let entry = reader.frontMatter[key] else {
                reader.error("missing required key '\(key)': \(meaning)", at: .fileStart)
                continue
            }
            if entry.value == .empty {
                reader.error("missing value for '\(key)': \(meaning)", at: entry.keyPosition)
            }
        }
        let values = readValues(&reader)
        let sources = readList(&reader, "sources")
        if sources.isEmpty {
            let position = reader.frontMatter["sources"]?.keyPosition ?? .fileStart
            reader.error("the region has no 'sources': list where its facts come from", at: position)
        }
        checkStatus(&reader, values: values)
        let region = Region(
            code: code, path: parsed.file.path, values: values, ownKeys: Set(values.keys),
            decrees: readList(&reader, "decrees"), notes: readList(&reader, "notes"), sources: sources,
            body: parsed.result.body, bodyStartLine: parsed.result.bodyStartLine,
            source: parsed.source(frontMatterVariables: []))
        return (.region(region), reader)
    }

    static func loadDefaults(_ parsed: ParsedFile) -> (LoadedFile.Content, FieldReader) {
        var notAllowed: [String: String] = [:]
        for key in keys where !defaultKeys.contains(key) {
            notAllowed[key] = key == "hotline"
                ? "'hotline' has no default: a phone number is never invented"
                : "'\(key)' has no default: every region file sets its own (defaults hold only \(defaultKeys.joined(separator: ", ")))"
        }
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: defaultKeys, notAllowed: notAllowed)
        for key in defaultKeys { _ = reader.scalar(key, required: true) }
        var defaults = RegionDefaults(path: parsed.file.path, values: readValues(&reader).filter { defaultKeys.contains($0.key) })
        defaults.source = parsed.source(frontMatterVariables: [])
        return (.regionDefaults(defaults), reader)
    }

    /// A region without Dnevnik.ru carries none of its keys and no Dnevnik.ru address; a
    /// region whose facts are uncertain says so to the reader.
    private static func checkStatus(_ reader: inout FieldReader, values: [String: String]) {
        let use = values["dnevnik_ru"].flatMap(Region.DnevnikUse.init(rawValue:))
        if use == .no {
            for key in Region.dnevnikKeys {
                guard let entry = reader.frontMatter[key] else { continue }
                reader.error("the region does not use Dnevnik.ru (dnevnik_ru: no), so it cannot have '\(key)'", at: entry.keyPosition,
                             hint: "remove '\(key)'; describe the region's own system with system, system_url and system_login_url")
            }
            for entry in reader.frontMatter.entries where !Region.dnevnikKeys.contains(entry.key) {
                for scalar in entry.scalars {
                    for found in DnevnikAddress.find(in: scalar.text) {
                        reader.error("the region does not use Dnevnik.ru (dnevnik_ru: no), but '\(entry.key)' shows the Dnevnik.ru address '\(found.text)'",
                                     at: scalar.sourcePosition.advanced(by: found.column - 1),
                                     hint: "a parent there must not be sent to Dnevnik.ru; say it in words, e.g. «раньше школы работали в Дневник.ру»")
                    }
                }
            }
        } else if use == .yes, reader.frontMatter["login_url"] == nil {
            let position = reader.frontMatter["dnevnik_ru"]?.keyPosition ?? .fileStart
            reader.warning("the region uses Dnevnik.ru but has no login_url of its own", at: position,
                           hint: "add login_url: https://login.dnevnik.ru/login/esia/<slug> when the slug is known")
        }
        if values["confidence"] == Region.Confidence.medium.rawValue, values["caveat"] == nil {
            let position = reader.frontMatter["confidence"]?.keyPosition ?? .fileStart
            reader.error("the facts are of medium confidence, but the region has no 'caveat'", at: position,
                         hint: "add caveat: one sentence telling a parent what to check with the school")
        }
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
            case "dnevnik_ru" where Region.DnevnikUse(rawValue: scalar.text) == nil:
                reader.error("unknown dnevnik_ru '\(scalar.text)'", at: scalar.position,
                             hint: "one of: " + Region.DnevnikUse.allCases.map(\.rawValue).joined(separator: ", "))
            case "confidence" where Region.Confidence(rawValue: scalar.text) == nil:
                reader.error("unknown confidence '\(scalar.text)'", at: scalar.position,
                             hint: "one of: " + Region.Confidence.allCases.map(\.rawValue).joined(separator: ", "))
            case "confirmed" where ContentMonth(scalar.text) == nil:
                reader.error("bad month '\(scalar.text)': write YYYY-MM", at: scalar.position)
            case "esia_only_since" where ContentDate(scalar.text) == nil:
                reader.error("bad date '\(scalar.text)': write YYYY-MM-DD", at: scalar.position)
            case "system_url", "system_login_url":
                // Some regional systems are still served over plain http; the address is
                // written as the source gives it.
                if !(scalar.text.hasPrefix("https://") || scalar.text.hasPrefix("http://")) || scalar.text.contains(" ") {
                    reader.error("\(key) must be one full address starting with https:// (or http:// as the source gives it)", at: scalar.position)
                }
            case "login_url":
                if !scalar.text.hasPrefix("https://") || scalar.text.contains(" ") {
                    reader.error("login_url must be one full https:// address", at: scalar.position)
                } else if !scalar.text.hasPrefix("https://login.dnevnik.ru/login/esia") {
                    reader.warning("login_url is not a Dnevnik.ru Gosuslugi login address", at: scalar.position,
                                   hint: "expected https://login.dnevnik.ru/login/esia/<slug>; the region's own system goes in system_login_url")
                }
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
