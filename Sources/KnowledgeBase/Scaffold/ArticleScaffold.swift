import Foundation

/// `spravka new article`: a new article with every front-matter key, explained in comments,
/// and a body in the house style; or, for a region, a copy of the common article it overrides.
public enum ArticleScaffold {
    public struct Request: Sendable {
        public var id: String
        /// A region code: the article goes to `regions/<code>/<id>.md`.
        public var region: String?
        public var audiences: [Audience]
        public var topic: Topic?
        public var title: String?
        /// `updated:`, `YYYY-MM-DD`.
        public var updated: ContentDate

        public init(id: String, region: String? = nil, audiences: [Audience] = [], topic: Topic? = nil, title: String? = nil, updated: ContentDate) {
            self.id = id
            self.region = region
            self.audiences = audiences
            self.topic = topic
            self.title = title
            self.updated = updated
        }
    }

    /// The article to write under `articles` (the `Articles/` folder, shown as `displayRoot`).
    public static func make(_ request: Request, articles: URL, displayRoot: String = "Articles") throws(ScaffoldError) -> Scaffold {
        guard Identifier.isValidID(request.id) else {
            throw ScaffoldError(Messages.Scaffold.badArticleID(request.id))
        }
        let relative: String
        var common: String?
        if let code = request.region {
            try RegionScaffold.checkCode(code)
            guard FileManager.default.fileExists(atPath: articles.appendingPathComponent("regions/\(code).md").path) else {
                throw ScaffoldError(Messages.Scaffold.regionWithoutFile(code, displayRoot: displayRoot))
            }
            relative = "regions/\(code)/\(request.id).md"
            let commonFile = articles.appendingPathComponent("articles/\(request.id).md")
            common = (try? String(contentsOf: commonFile, encoding: .utf8))
        } else {
            relative = "articles/\(request.id).md"
        }
        let file = articles.appendingPathComponent(relative)
        let displayPath = DisplayPath.join(displayRoot, relative)
        guard !FileManager.default.fileExists(atPath: file.path) else {
            throw ScaffoldError(Messages.Scaffold.alreadyExists(displayPath))
        }
        if let common, let copy = overrideCopy(of: common, updated: request.updated) {
            return Scaffold(file: file, displayPath: displayPath, text: copy, completesExistingFile: false, gaps: [],
                            copiedFrom: DisplayPath.join(displayRoot, "articles/\(request.id).md"))
        }
        // In a region whose schools do not use Dnevnik.ru, a new article can only be about
        // Gosuslugi (or history); elsewhere most are about Dnevnik.ru.
        var about = Article.About.dnevnik
        if let code = request.region,
           let regionFile = try? String(contentsOf: articles.appendingPathComponent("regions/\(code).md"), encoding: .utf8),
           regionFile.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "dnevnik_ru: no" }) {
            about = .gosuslugi
        }
        let text = skeleton(request, about: about)
        let gaps = Scaffold.gaps(in: text) { line, content -> Scaffold.Gap? in
            guard !content.hasPrefix("#") else { return nil }
            let key = content.hasPrefix("title:") ? "title" : content.hasPrefix("summary:") ? "summary" : "body"
            return Scaffold.Gap(key: key, line: line, message: key == "body" ? Messages.Scaffold.textStillToWrite : Messages.Checks.stillToFillIn(key))
        }
        return Scaffold(file: file, displayPath: displayPath, text: text, completesExistingFile: false, gaps: gaps)
    }

    static func skeleton(_ request: Request, about: Article.About = .dnevnik) -> String {
        let marker = Scaffold.marker
        let audiences = request.audiences.isEmpty ? [Audience.parent] : request.audiences
        var lines = [
            "---",
            "# Строки со словом \(marker) замените своим текстом. Строки с # — подсказки, их можно удалить.",
            "title: " + (request.title ?? "\(marker) заголовок: о чём статья, без точки в конце"),
            "summary: \(marker) одно предложение: что читатель узнает из статьи.",
            "# Для кого: " + Audience.allCases.map(\.rawValue).joined(separator: ", "),
            "audience: [" + audiences.map(\.rawValue).joined(separator: ", ") + "]",
            "# Раздел сайта: " + Topic.allCases.map(\.rawValue).joined(separator: ", "),
            "topic: " + (request.topic ?? .faq).rawValue,
            "# О чём: dnevnik — о Дневник.ру (только там, где школы в нём работают), gosuslugi — об учётной записи на Госуслугах (везде)",
            "about: \(about.rawValue)",
            "# Место в разделе: чем меньше число, тем выше статья в списке",
            "order: \(ArticleLoader.defaultOrder)",
            "# Когда факты в статье проверены в последний раз",
            "updated: \(request.updated)",
            "# Статьи для блока «См. также»: их id через запятую, например [login-website, remedy-escalate]",
            "related: []",
            "# true — только для статьи о порядке, который больше не действует",
            "history: false",
        ]
        if request.region == nil {
            lines.append("# Только для некоторых регионов: regions: [55, 70]; без этой строки статья есть во всех регионах")
        }
        lines += [
            "---",
            "Для кого и о чём: \(marker) одно-два предложения — кому эта статья и что он в ней найдёт.",
            "",
            "## Что сделать",
            "",
            "1. \(marker) первый шаг.",
            "2. \(marker) второй шаг.",
            "",
            "## Если не получилось",
            "",
            "{{region.support}}",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// The common article's text for a regional copy: without `regions:` (a regional article
    /// applies to its region only) and with today's `updated:`.
    static func overrideCopy(of common: String, updated: ContentDate) -> String? {
        var lines = common.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "---", let closing = lines.dropFirst().firstIndex(of: "---") else { return nil }
        var index = 1
        var end = closing
        while index < end {
            let line = lines[index]
            if line.hasPrefix("updated:") {
                lines[index] = "updated: \(updated)"
            }
            if line.hasPrefix("regions:") {
                // The key and its indented block list, if any.
                var last = index + 1
                while last < end, lines[last].hasPrefix(" ") { last += 1 }
                lines.removeSubrange(index..<last)
                end -= last - index
                continue
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }
}
