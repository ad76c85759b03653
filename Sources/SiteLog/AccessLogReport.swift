import Foundation
import KnowledgeBase

/// `spravka stats --access-log` for the schools and the regional centre, in Russian: what
/// parents searched and did not find (re-ranked with today's index, so the report says what a
/// parent would get now), the articles they read and voted on, the wizard's and the console's
/// use, and addresses not found. As text for the terminal or one self-contained HTML page.
///
/// Never shown: an address or user agent (never read), a query or an address not found made by
/// fewer than ``minimumRequests`` requests, digits that look like a SNILS, phone or passport.
public struct AccessLogReport: Sendable {
    /// What today's search answers a query with: its best article, or nothing.
    public struct SearchAnswer: Equatable, Sendable {
        public var title: String?
        public var path: String?
        public var isWeak: Bool

        public init(title: String?, path: String?, isWeak: Bool) {
            self.title = title
            self.path = path
            self.isWeak = isWeak
        }
    }

    public static let minimumRequests = 3
    /// How many rows each list shows.
    static let listed = 20

    public let statistics: AccessLogStatistics
    let answer: @Sendable (_ region: String, _ query: String) -> SearchAnswer
    let articleTitle: @Sendable (_ region: String, _ id: String) -> String?

    public init(
        statistics: AccessLogStatistics,
        answer: @escaping @Sendable (_ region: String, _ query: String) -> SearchAnswer,
        articleTitle: @escaping @Sendable (_ region: String, _ id: String) -> String?
    ) {
        self.statistics = statistics
        self.answer = answer
        self.articleTitle = articleTitle
    }

    struct Row: Equatable {
        var label: String
        var detail: String?
        var count: Int
    }

    // MARK: Lists both formats show

    /// Searches made at least `minimumRequests` times, most frequent first.
    var frequentSearches: [(key: AccessLogStatistics.SearchKey, count: Int)] {
        statistics.searches.filter { $0.value >= Self.minimumRequests }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { ($0.key, $0.value) }
    }

    var searchRows: [Row] {
        frequentSearches.prefix(Self.listed).map { Row(label: label($0.key), detail: nil, count: $0.count) }
    }

    /// The frequent searches whose best answer today is weak or empty.
    var weakSearchRows: [Row] {
        frequentSearches.compactMap { entry -> Row? in
            let today = answer(entry.key.region, entry.key.query)
            guard today.isWeak || today.path == nil else { return nil }
            let detail = today.path.map { "слабый ответ: «\(today.title ?? $0)» \($0)" } ?? "ничего не найдено"
            return Row(label: label(entry.key), detail: detail, count: entry.count)
        }.prefix(Self.listed).map { $0 }
    }

    /// Articles opened from a frequent search's results.
    var clickRows: [Row] {
        var rows: [Row] = []
        for (key, articles) in statistics.searchClicks where (statistics.searches[key] ?? 0) >= Self.minimumRequests {
            for (id, count) in articles {
                rows.append(Row(label: label(key), detail: "→ " + (articleTitle(key.region, id) ?? id) + " /\(key.region)/\(id)/", count: count))
            }
        }
        return rows.sorted { ($1.count, $0.label, $0.detail ?? "") < ($0.count, $1.label, $1.detail ?? "") }.prefix(Self.listed).map { $0 }
    }

    var articleRows: [Row] {
        statistics.articleVisits.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Self.listed).map { entry in
            Row(label: articleTitle(entry.key.region, entry.key.article) ?? entry.key.article,
                detail: "/\(entry.key.region)/\(entry.key.article)/", count: entry.value)
        }
    }

    var voteRows: [(row: Row, yes: Int, no: Int)] {
        statistics.votes.sorted { ($1.value.yes + $1.value.no, $0.key) < ($0.value.yes + $0.value.no, $1.key) }
            .prefix(Self.listed).map { entry in
                (Row(label: articleTitle(entry.key.region, entry.key.article) ?? entry.key.article,
                     detail: "/\(entry.key.region)/\(entry.key.article)/", count: entry.value.yes + entry.value.no),
                 entry.value.yes, entry.value.no)
            }
    }

    var notFoundRows: [Row] {
        statistics.notFound.filter { $0.value >= Self.minimumRequests }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Self.listed)
            .map { Row(label: $0.key, detail: nil, count: $0.value) }
    }

    private func label(_ key: AccessLogStatistics.SearchKey) -> String {
        statistics.filter.region == nil ? "\(key.region): \(key.query)" : key.query
    }

    static func date(_ day: Int) -> String {
        let year = day / 10000, month = day / 100 % 100, dayOfMonth = day % 100
        return String(format: "%04d-%02d-%02d", year, month, dayOfMonth)
    }

    var scope: String {
        var text = "Запросов людей: \(statistics.requests)"
        if let first = statistics.firstDay, let last = statistics.lastDay {
            text += ", с \(Self.date(statistics.fromDay ?? first)) по \(Self.date(statistics.toDay ?? last))"
        }
        if let region = statistics.filter.region { text += ", регион \(region)" }
        text += "; запросов поисковых роботов (не учтены): \(statistics.crawlerRequests)."
        return text
    }

    var useLine: String {
        let wizard = statistics.wizardVisits.values.reduce(0, +)
        var text = "Мастер «Не получается войти?» открыт \(wizard) \(Self.times(wizard))"
        if statistics.wizardVisits.count > 1 {
            text += " (" + statistics.wizardVisits.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
        }
        text += "; консоль оператора — \(statistics.consoleVisits) \(Self.times(statistics.consoleVisits))."
        return text
    }

    static func times(_ count: Int) -> String {
        let lastTwo = count % 100, last = count % 10
        if (11...14).contains(lastTwo) { return "раз" }
        if (2...4).contains(last) { return "раза" }
        return "раз"
    }

    // MARK: Text

    public func text() -> String {
        var out = "Что люди делали на сайте справки\n================================\n\n"
        out += scope + "\n\n"
        out += section("Чаще всего ищут (запросы не реже \(Self.minimumRequests) раз)", searchRows)
        out += section("Поиски без хорошего ответа — что поиск найдёт сегодня", weakSearchRows)
        out += section("Из результатов поиска открыли", clickRows)
        out += section("Самые посещаемые статьи", articleRows)
        out += "«Помогла ли статья?»\n"
        if voteRows.isEmpty { out += "  нет голосов\n" }
        for entry in voteRows { out += "  да \(entry.yes), нет \(entry.no)  \(entry.row.label) \(entry.row.detail ?? "")\n" }
        out += "\n" + useLine + "\n\n"
        out += section("Не найдено (404), адреса не реже \(Self.minimumRequests) раз", notFoundRows)
        return out
    }

    private func section(_ title: String, _ rows: [Row]) -> String {
        var out = title + "\n"
        if rows.isEmpty { out += "  нет\n" }
        let width = String(rows.map(\.count).max() ?? 0).count
        for row in rows {
            let count = String(repeating: " ", count: width - String(row.count).count) + String(row.count)
            out += "  \(count)  \(row.label)" + (row.detail.map { "  \($0)" } ?? "") + "\n"
        }
        return out + "\n"
    }

    // MARK: HTML

    /// One page to open from disk: bars drawn with CSS widths, no script, nothing from outside.
    public func html() -> String {
        var out = """
        <!doctype html>
        <html lang="ru">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Журнал сайта справки</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
        td { padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        td.count { text-align: right; white-space: nowrap; width: 4rem; }
        td.bar { width: 30%; }
        .bar span { display: block; height: 0.9rem; background: #0b57a4; min-width: 2px; }
        .detail { color: #555; font-size: 0.9rem; overflow-wrap: anywhere; }
        </style>
        </head>
        <body>
        <h1>Что люди делали на сайте справки</h1>

        """
        out += "<p>\(escape(scope))</p>\n"
        out += table("Чаще всего ищут (запросы не реже \(Self.minimumRequests) раз)", searchRows)
        out += table("Поиски без хорошего ответа — что поиск найдёт сегодня", weakSearchRows)
        out += table("Из результатов поиска открыли", clickRows)
        out += table("Самые посещаемые статьи", articleRows)
        out += "<h2>«Помогла ли статья?»</h2>\n"
        if voteRows.isEmpty {
            out += "<p>Нет голосов.</p>\n"
        } else {
            out += "<table>\n"
            for entry in voteRows {
                out += "<tr><td>\(escape(entry.row.label))<div class=\"detail\">\(escape(entry.row.detail ?? ""))</div></td>"
                out += "<td class=\"count\">да \(entry.yes)</td><td class=\"count\">нет \(entry.no)</td></tr>\n"
            }
            out += "</table>\n"
        }
        out += "<p>\(escape(useLine))</p>\n"
        out += table("Не найдено (404), адреса не реже \(Self.minimumRequests) раз", notFoundRows)
        out += "<p class=\"detail\">В отчёте нет адресов и браузеров посетителей; запросы реже \(Self.minimumRequests) раз не показаны; номера, похожие на СНИЛС, телефон или паспорт, скрыты.</p>\n"
        return out + "</body>\n</html>\n"
    }

    private func table(_ title: String, _ rows: [Row]) -> String {
        var out = "<h2>\(escape(title))</h2>\n"
        guard let most = rows.map(\.count).max(), most > 0 else { return out + "<p>Нет.</p>\n" }
        out += "<table>\n"
        for row in rows {
            let width = Double(row.count) / Double(most) * 100
            out += "<tr><td class=\"count\">\(row.count)</td><td class=\"bar\"><span style=\"width: \(String(format: "%.1f", width))%\"></span></td>"
            out += "<td>\(escape(row.label))" + (row.detail.map { "<div class=\"detail\">\(escape($0))</div>" } ?? "") + "</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private func escape(_ text: String) -> String {
        escapeHTML(text)
    }
}
