/// Types the front matter of `regions/<NN>.md` and `regions/_defaults.md`.
enum RegionLoader {
    static let keys = Region.variableKeys + Region.listKeys + [Region.familyKey]
    /// What `_defaults.md` holds: the values a region that uses Dnevnik.ru inherits. All of
    /// them are required there, so that Dnevnik.ru articles can use them in such regions.
    static let defaultKeys = ["login_url", "site", "support"]
    /// Keys every region file sets itself (what each says: `Messages.Regions.meaning(of:)`).
    static let requiredKeys = ["system", "system_short", "dnevnik_ru", "confirmed", "confidence"]

    static func load(_ parsed: ParsedFile, code: String) -> (LoadedFile.Content, FieldReader) {
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: keys)
        if let scalar = reader.scalar("code", required: true), scalar.text != code {
            reader.error(Messages.Regions.codeMismatch(scalar.text, file: code), at: scalar.position)
        }
        _ = reader.scalar("name", required: true)
        for key in requiredKeys {
            guard let entry = reader.frontMatter[key] else {
                reader.error(Messages.Regions.missingKey(key), at: .fileStart)
                continue
            }
            if entry.value == .empty {
                reader.error(Messages.Regions.missingValue(key), at: entry.keyPosition)
            }
        }
        let values = readValues(&reader)
        let sources = readList(&reader, "sources")
        if sources.isEmpty {
            let position = reader.frontMatter["sources"]?.keyPosition ?? .fileStart
            reader.error(Messages.Regions.noSources, at: position)
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
                ? Messages.Regions.hotlineHasNoDefault
                : Messages.Regions.noDefault(key, defaults: defaultKeys)
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
                reader.error(Messages.Regions.dnevnikKeyWithoutDnevnik(key), at: entry.keyPosition, hint: Messages.Regions.dnevnikKeyWithoutDnevnikHint(key))
            }
            for entry in reader.frontMatter.entries where !Region.dnevnikKeys.contains(entry.key) {
                for scalar in entry.scalars {
                    for found in DnevnikAddress.find(in: scalar.text) {
                        reader.error(Messages.Regions.dnevnikAddressWithoutDnevnik(key: entry.key, address: found.text),
                                     at: scalar.sourcePosition.advanced(by: found.column - 1),
                                     hint: Messages.Regions.dnevnikAddressWithoutDnevnikHint)
                    }
                }
            }
        } else if use == .yes, reader.frontMatter["login_url"] == nil {
            let position = reader.frontMatter["dnevnik_ru"]?.keyPosition ?? .fileStart
            reader.warning(Messages.Regions.noLoginURL, at: position, hint: Messages.Regions.noLoginURLHint)
        }
        if values["confidence"] == Region.Confidence.medium.rawValue, values["caveat"] == nil {
            let position = reader.frontMatter["confidence"]?.keyPosition ?? .fileStart
            reader.error(Messages.Regions.mediumWithoutCaveat, at: position, hint: Messages.Regions.mediumWithoutCaveatHint)
        }
    }

    /// The single-valued keys that are set, validated.
    private static func readValues(_ reader: inout FieldReader) -> [String: String] {
        var values: [String: String] = [:]
        for key in Region.variableKeys + [Region.familyKey] {
            guard let scalar = reader.scalar(key) else { continue }
            values[key] = scalar.text
            if scalar.text.containsBytes("{{") {
                reader.error(Messages.Regions.variableInRegionValue, at: scalar.position)
            }
            switch key {
            case "dnevnik_ru" where Region.DnevnikUse(rawValue: scalar.text) == nil:
                reader.error(Messages.Fields.unknownValue(scalar.text, of: key), at: scalar.position,
                             hint: Messages.oneOf(Region.DnevnikUse.allCases.map(\.rawValue), suggestion: nil))
            case "system_family" where SystemFamily(rawValue: scalar.text) == nil:
                reader.error(Messages.Fields.unknownValue(scalar.text, of: key), at: scalar.position,
                             hint: Messages.oneOf(SystemFamily.allCases.map(\.rawValue), suggestion: nil))
            case "confidence" where Region.Confidence(rawValue: scalar.text) == nil:
                reader.error(Messages.Fields.unknownValue(scalar.text, of: key), at: scalar.position,
                             hint: Messages.oneOf(Region.Confidence.allCases.map(\.rawValue), suggestion: nil))
            case "confirmed" where ContentMonth(scalar.text) == nil:
                reader.error(Messages.Fields.badMonth(scalar.text), at: scalar.position)
            case "esia_only_since" where ContentDate(scalar.text) == nil:
                reader.error(Messages.Fields.badDate(scalar.text), at: scalar.position)
            case "system_url", "system_login_url":
                // Some regional systems are still served over plain http; the address is
                // written as the source gives it.
                if !(scalar.text.hasPrefix("https://") || scalar.text.hasPrefix("http://")) || scalar.text.contains(" ") {
                    reader.error(Messages.Regions.systemAddress(key), at: scalar.position)
                }
            case "login_url":
                if !scalar.text.hasPrefix("https://") || scalar.text.contains(" ") {
                    reader.error(Messages.Regions.loginURLNotHTTPS, at: scalar.position)
                } else if !scalar.text.hasPrefix("https://login.dnevnik.ru/login/esia") {
                    reader.warning(Messages.Regions.loginURLNotDnevnik, at: scalar.position, hint: Messages.Regions.loginURLNotDnevnikHint)
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
