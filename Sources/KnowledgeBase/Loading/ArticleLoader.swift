/// Types the front matter of `articles/<id>.md` and `regions/<NN>/<id>.md`.
enum ArticleLoader {
    static let keys = ["title", "summary", "audience", "topic", "about", "system", "sources", "updated", "regions", "related", "order", "history"]
    static let defaultOrder = 100

    static func load(_ parsed: ParsedFile, regionCode: String?) -> (LoadedFile.Content, FieldReader) {
        var reader = FieldReader(frontMatter: parsed.result.frontMatter, path: parsed.file.path, allowedKeys: keys)
        let id = parsed.file.name
        if !Identifier.isValidID(id) {
            reader.error(Messages.Articles.badFileName(id), at: .fileStart)
        }
        if Article.reservedIDs.contains(id) {
            reader.error(Messages.Articles.reservedName(id), at: .fileStart)
        }
        let title = reader.scalar("title", required: true, scanVariables: true)
        if let title, title.text.hasSuffix("."), !title.text.hasSuffix("..") {
            reader.warning(Messages.Articles.titleFullStop, at: title.position)
        }
        let summary = reader.scalar("summary", required: true, scanVariables: true)
        let audiences = readAudiences(&reader)
        var topic = Topic.faq
        if let scalar = reader.scalar("topic", required: true) {
            if let value = Topic(rawValue: scalar.text) {
                topic = value
            } else {
                reader.error(Messages.Fields.unknownValue(scalar.text, of: "topic"), at: scalar.position,
                             hint: hint(for: scalar.text, among: Topic.allCases.map(\.rawValue)))
            }
        }
        var about = Article.About.dnevnik
        if let scalar = reader.scalar("about", required: true) {
            if let value = Article.About(rawValue: scalar.text) {
                about = value
            } else {
                reader.error(Messages.Fields.unknownValue(scalar.text, of: "about"), at: scalar.position, hint: Messages.Articles.aboutHint)
            }
        }
        var system: SystemFamily?
        if let scalar = reader.scalar("system") {
            if let value = SystemFamily(rawValue: scalar.text), SystemFamily.withArticles.contains(value) {
                system = value
                if about != .system { reader.error(Messages.Articles.systemWithoutAbout, at: scalar.position) }
            } else {
                reader.error(Messages.Fields.unknownValue(scalar.text, of: "system"), at: scalar.position,
                             hint: Messages.oneOf(SystemFamily.withArticles.map(\.rawValue), suggestion: nil))
            }
        } else if about == .system, let entry = reader.frontMatter["about"] {
            reader.error(Messages.Articles.systemMissing, at: entry.keyPosition,
                         hint: Messages.oneOf(SystemFamily.withArticles.map(\.rawValue), suggestion: nil))
        }
        let sources = (reader.list("sources") ?? []).map(\.text)
        var updated: ContentDate?
        if let scalar = reader.scalar("updated", required: true) {
            updated = ContentDate(scalar.text)
            if updated == nil { reader.error(Messages.Fields.badDate(scalar.text), at: scalar.position) }
        }
        let regions = readRegions(&reader, regionCode: regionCode)
        var related: [String] = []
        var seenRelated = Set<String>()
        for item in reader.list("related") ?? [] where reader.checkArticleID(item) {
            if !seenRelated.insert(item.text).inserted {
                reader.warning(Messages.Fields.listedTwice(item.text, in: "related"), at: item.position)
            } else if item.text == id {
                reader.warning(Messages.Articles.listsItself, at: item.position)
            } else {
                related.append(item.text)
            }
        }
        var order = defaultOrder
        if let scalar = reader.scalar("order") {
            if let value = Int(scalar.text) { order = value } else {
                reader.error(Messages.Articles.orderNotNumber(scalar.text), at: scalar.position)
            }
        }
        var isHistory = false
        if let scalar = reader.scalar("history") {
            switch scalar.text {
            case "true": isHistory = true
            case "false": isHistory = false
            default: reader.error(Messages.Articles.historyNotBool(scalar.text), at: scalar.position)
            }
        }
        let article = Article(
            id: id, regionCode: regionCode, path: parsed.file.path,
            title: title?.text ?? "", summary: summary?.text ?? "",
            audiences: audiences, topic: topic, about: about, system: system, sources: sources,
            updated: updated, regions: regions, declaredRegions: regions,
            related: related, order: order, isHistory: isHistory,
            body: parsed.result.body, bodyStartLine: parsed.result.bodyStartLine, headings: parsed.headings,
            source: parsed.source(frontMatterVariables: reader.variables.uses))
        return (.article(article), reader)
    }

    private static func readAudiences(_ reader: inout FieldReader) -> [Audience] {
        guard let items = reader.list("audience", required: true) else { return [] }
        if items.isEmpty, let entry = reader.frontMatter["audience"] {
            reader.error(Messages.Articles.noAudience, at: entry.keyPosition)
        }
        var audiences: [Audience] = []
        for item in items {
            guard let audience = Audience(rawValue: item.text) else {
                reader.error(Messages.Fields.unknownValue(item.text, of: "audience"), at: item.position,
                             hint: hint(for: item.text, among: Audience.allCases.map(\.rawValue)))
                continue
            }
            if audiences.contains(audience) {
                reader.warning(Messages.Fields.listedTwice(item.text, in: "audience"), at: item.position)
            } else {
                audiences.append(audience)
            }
        }
        return audiences
    }

    private static func readRegions(_ reader: inout FieldReader, regionCode: String?) -> [String]? {
        guard let items = reader.list("regions") else { return nil }
        if regionCode != nil, let entry = reader.frontMatter["regions"] {
            reader.error(Messages.Articles.regionsInRegionalArticle, at: entry.keyPosition)
            return nil
        }
        if items.isEmpty, let entry = reader.frontMatter["regions"] {
            reader.error(Messages.Articles.emptyRegions, at: entry.keyPosition, hint: Messages.Articles.emptyRegionsHint)
        }
        var codes: [String] = []
        for item in items {
            guard Identifier.isRegionCode(item.text) else {
                reader.error(Messages.Articles.badRegionCode(item.text), at: item.position)
                continue
            }
            if codes.contains(item.text) {
                reader.warning(Messages.Fields.listedTwice(item.text, in: "regions"), at: item.position)
            } else {
                codes.append(item.text)
            }
        }
        return codes
    }

    /// The allowed values, with a suggestion first when the value looks like a typo.
    static func hint(for value: String, among candidates: [String]) -> String {
        Messages.oneOf(candidates, suggestion: Suggestion.closest(to: value, among: candidates))
    }
}
