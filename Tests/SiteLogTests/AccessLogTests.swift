import Foundation
@testable import SiteLog
import Testing

/// Reading nginx's `combined` lines, telling what a request was, counting people (not
/// crawlers), and what the report may and may not show.
@Suite struct AccessLogTests {
    static func line(
        ip: String = "203.0.113.7", day: String = "08/Dec/2026", target: String, status: Int = 200,
        agent: String = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/124 Mobile Safari/537.36"
    ) -> String {
        "\(ip) - - [\(day):10:11:12 +0300] \"GET \(target) HTTP/1.1\" \(status) 5120 \"https://example.org/55/\" \"\(agent)\""
    }

    static func parse(_ text: String) -> AccessLogLine? {
        AccessLogLine(Array(text.utf8)[...])
    }

    @Test func readsTheCombinedFormat() throws {
        let entry = try #require(Self.parse(Self.line(target: "/55/search/?q=%D1%81%D0%BD%D0%B8%D0%BB%D1%81")))
        #expect(entry.day == 20261208)
        #expect(entry.method == "GET")
        #expect(entry.target == "/55/search/?q=%D1%81%D0%BD%D0%B8%D0%BB%D1%81")
        #expect(entry.status == 200)
        #expect(entry.userAgent.hasPrefix("Mozilla/5.0"))
        // nginx writes a quote inside a field as \x22.
        let quoted = try #require(Self.parse(Self.line(target: "/55/", agent: "Odd \\x22agent\\x22")))
        #expect(quoted.userAgent == "Odd \\x22agent\\x22")
        for broken in ["", "garbage", "1.2.3.4 - - [08/Xyz/2026:10:11:12 +0300] \"GET / HTTP/1.1\" 200 1 \"-\" \"a\"",
                       "1.2.3.4 - - [08/Dec/2026:10:11:12 +0300] \"GET / HTTP/1.1\" 2x0 1 \"-\" \"a\"",
                       "1.2.3.4 - - [08/Dec/2026:10:11:12 +0300] \"GET / HTTP/1.1\" 200 1 \"-\" \"unterminated"] {
            #expect(Self.parse(broken) == nil, "\(broken)")
        }
    }

    @Test func tellsWhatARequestWas() {
        #expect(SiteAddress(target: "/55/search/?q=%D0%B4%D0%BE%D1%87%D1%8C+13+%D0%BB%D0%B5%D1%82") == .search(region: "55", query: "дочь 13 лет"))
        #expect(SiteAddress(target: "/55/login-website/") == .article(region: "55", id: "login-website", query: nil))
        #expect(SiteAddress(target: "/55/login-website/?q=%D0%B2%D1%85%D0%BE%D0%B4") == .article(region: "55", id: "login-website", query: "вход"))
        #expect(SiteAddress(target: "/29/vote/no/?a=data-snils") == .vote(region: "29", article: "data-snils", helped: false))
        #expect(SiteAddress(target: "/29/vote/yes/?a=<script>") == .other)
        #expect(SiteAddress(target: "/55/diagnose/") == .wizard(region: "55"))
        #expect(SiteAddress(target: "/operator/?region=55&symptom=other") == .console(region: "55"))
        #expect(SiteAddress(target: "/operator/") == .console(region: nil))
        #expect(SiteAddress(target: "/55/leaflet/") == .other)
        #expect(SiteAddress(target: "/css/site.0123456789ab.css") == .other)
        #expect(PercentDecoding.decode("%ZZ%D1", plusIsSpace: true) == "%ZZ\u{FFFD}")
    }

    static func statistics(_ lines: [String], filter: AccessLogStatistics.Filter = .init()) throws -> AccessLogStatistics {
        var statistics = AccessLogStatistics(filter: filter)
        try statistics.read(Array((lines.joined(separator: "\n") + "\n").utf8), path: "access.log")
        return statistics
    }

    @Test func countsPeopleNotCrawlersAndMasksNumbers() throws {
        let lines = [
            Self.line(target: "/55/search/?q=%D0%A1%D0%9D%D0%98%D0%9B%D0%A1"),
            Self.line(target: "/55/search/?q=+%D1%81%D0%BD%D0%B8%D0%BB%D1%81++"),
            Self.line(target: "/55/search/?q=112-233-445+95"),
            Self.line(target: "/55/search/?q=%D1%81%D0%BD%D0%B8%D0%BB%D1%81", agent: "Mozilla/5.0 (compatible; YandexBot/3.0)"),
            Self.line(target: "/55/search/?q=%D1%81%D0%BD%D0%B8%D0%BB%D1%81", agent: "-"),
            Self.line(target: "/55/data-snils/?q=%D1%81%D0%BD%D0%B8%D0%BB%D1%81"),
            Self.line(target: "/55/vote/yes/?a=data-snils"),
            Self.line(target: "/55/vote/no/?a=data-snils"),
            Self.line(target: "/55/vote/no/?a=data-snils"),
            Self.line(target: "/55/no-such-page/?snils=11223344595", status: 404),
            Self.line(target: "/29/diagnose/"),
            Self.line(day: "30/Nov/2026", target: "/operator/"),
            "not a log line",
        ]
        let all = try Self.statistics(lines)
        #expect(all.requests == 10, "13 lines: 2 of crawlers, 1 unreadable")
        #expect(all.crawlerRequests == 2)
        #expect(all.searches[.init(region: "55", query: "снилс")] == 2)
        #expect(all.searches[.init(region: "55", query: "•••-•••-••• ••")] == 1)
        #expect(all.searchClicks[.init(region: "55", query: "снилс")] == ["data-snils": 1])
        #expect(all.votes[.init(region: "55", article: "data-snils")].map { [$0.yes, $0.no] } == [1, 2])
        #expect(all.notFound == ["/55/no-such-page/": 1], "the query is dropped")
        #expect(all.wizardVisits == ["29": 1])
        #expect(all.consoleVisits == 1)
        #expect(all.unreadable.map(\.lines) == [[13]])
        let region = try Self.statistics(lines, filter: .init(from: "2026-12-01", region: "55"))
        #expect(region.requests == 8)
        #expect(region.wizardVisits.isEmpty)
        #expect(region.consoleVisits == 0)
    }

    @Test func reportShowsNoPersonAndNoRareQuery() throws {
        var lines: [String] = []
        for index in 0..<3 { lines.append(Self.line(ip: "198.51.100.\(index)", target: "/55/search/?q=%D0%B4%D0%BE%D1%87%D1%8C+13+%D0%BB%D0%B5%D1%82")) }
        for index in 0..<5 { lines.append(Self.line(ip: "198.51.100.\(index)", target: "/55/search/?q=%2B7+913+123-45-67")) }
        lines.append(Self.line(target: "/55/search/?q=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2+%D0%98%D0%B2%D0%B0%D0%BD"))
        lines.append(Self.line(target: "/55/search/?q=112-233-445+95"))
        for _ in 0..<3 { lines.append(Self.line(target: "/55/old-page/", status: 404)) }
        let statistics = try Self.statistics(lines, filter: .init(region: "55"))
        let report = AccessLogReport(
            statistics: statistics,
            answer: { _, query in
                query.contains("дочь") ? .init(title: "Детская учётная запись", path: "/55/child-account-create/", isWeak: true)
                    : .init(title: nil, path: nil, isWeak: true)
            },
            articleTitle: { _, _ in nil })
        for output in [report.text(), report.html()] {
            #expect(output.contains("дочь 13 лет"))
            #expect(output.contains("слабый ответ: «Детская учётная запись» /55/child-account-create/"))
            #expect(output.contains("+• ••• •••-••-••"), "a phone asked 5 times is shown masked")
            #expect(!output.contains("Иванов"), "a query made once is never shown")
            #expect(!output.contains("112"), "nor a SNILS")
            #expect(!output.contains("198.51.100") && !output.contains("203.0.113"), "nor an address")
            #expect(!output.contains("Android"), "nor a user agent")
            #expect(output.contains("/55/old-page/"))
        }
    }
}

/// A plain log is read a piece at a time: lines across the pieces' edges count as whole lines.
@Suite struct AccessLogFileTests {
    @Test func aLargePlainFileCountsAsInMemory() throws {
        var lines: [String] = []
        for index in 0..<40_000 {
            lines.append(AccessLogTests.line(ip: "192.0.2.\(index % 250)", target: "/55/search/?q=%D1%81%D0%BD%D0%B8%D0%BB%D1%81+\(index % 7)"))
            if index % 9_999 == 0 { lines.append("not a log line") }
        }
        let bytes = Array((lines.joined(separator: "\n")).utf8)  // no newline at the end
        #expect(bytes.count > 1 << 22, "more than one piece")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("access-\(UUID().uuidString).log").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var fromFile = AccessLogStatistics()
        #expect(try fromFile.read(file: path))
        var inMemory = AccessLogStatistics()
        try inMemory.read(bytes, path: path)
        #expect(fromFile.requests == 40_000)
        #expect(fromFile.requests == inMemory.requests)
        #expect(fromFile.searches == inMemory.searches)
        #expect(fromFile.unreadable.map(\.lines) == inMemory.unreadable.map(\.lines))
        #expect(fromFile.unreadable.first?.count == 5)
        var missing = AccessLogStatistics()
        #expect(try missing.read(file: path + ".absent") == false)
    }
}
