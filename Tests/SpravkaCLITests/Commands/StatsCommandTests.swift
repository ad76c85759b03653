import Foundation
import SpravkaCLI
import Testing

/// `spravka stats`: what a hotline's calls were about, as text and as an HTML page; weights
/// written into the questions' files, which `spravka check` validates; replaying calls.
@Suite struct StatsCommandTests {
    static let calls = [
        #"{"v":1,"date":"2026-09-01","region":"55","answers":{"symptom":"profile-not-found","dnevnik_profile":"yes","fio_match":"no"},"causes":["fio-mismatch"],"questions":2}"#,
        #"{"v":1,"date":"2026-09-02","region":"55","answers":{"symptom":"profile-not-found","dnevnik_profile":"unknown","fio_match":"no"},"causes":["fio-mismatch"],"questions":2}"#,
        #"{"v":1,"date":"2026-09-03","region":"29","answers":{"symptom":"wrong-profile","signed_in_elsewhere":"yes"},"causes":["signed-in-as-someone-else"],"questions":2}"#,
        #"{"v":1,"date":"2026-10-01","region":null,"answers":{"symptom":"other","who":"parent","dnevnik_profile":"unknown"},"causes":[],"questions":6}"#,
    ]

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-stats-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func log(_ lines: [String], in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("calls.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func summaryWithADamagedLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try log([Self.calls[0], "{\"v\":1,\"date\":\"2026-09-0", Self.calls[1], Self.calls[2], Self.calls[3]], in: directory)
        let result = spravka("stats", path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "\(path):2: warning: damaged line skipped: not a JSON object\n")
        let out = result.stdout
        #expect(out.hasPrefix("Звонков: 4\nПериод: 2026-09-01 — 2026-10-01\nВопросов на звонок: в среднем 3,0; медиана 2; больше всего 6\n"))
        #expect(out.contains("       2   50,0 %  ФИО на Госуслугах и в Дневник.ру записаны по-разному [fio-mismatch]\n"))
        #expect(out.contains("       1   25,0 %  точная причина не найдена\n"))
        #expect(out.contains("Чаще всего отвечают «Не знаю»:\n  2 из 3 (66,7 %)  Есть ли у этого человека профиль в Дневник.ру"))
    }

    @Test func periodAndRegion() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try log(Self.calls, in: directory)
        let september55 = spravka("stats", path, "--from", "2026-09-02", "--to", "2026-09-30", "--region", "55")
        #expect(september55.status == 0, "\(september55)")
        #expect(september55.stdout.hasPrefix("Звонков: 1\nПериод: 2026-09-02 — 2026-09-30\nРегион: 55 Омская область\n"))
        #expect(spravka("stats", path, "--from", "1.9.2026").status == 64)
        #expect(spravka("stats").status == 64)
        #expect(spravka("stats", directory.appendingPathComponent("missing.jsonl").path).status == 1)
    }

    @Test func htmlIsOneSelfContainedPageWithBarCharts() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try log(Self.calls, in: directory)
        let page = directory.appendingPathComponent("stats.html").path
        let result = spravka("stats", path, "--html", page)
        #expect(result.status == 0, "\(result)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"ru\">"))
        #expect(html.components(separatedBy: "<svg role=\"img\"").count == 4)
        #expect(html.contains("<rect class=\"bar\""))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("href="))
        let again = directory.appendingPathComponent("again.html").path
        _ = spravka("stats", path, "--html", again)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == html, "the same log gives the same page")
    }

    @Test func weightsAreWrittenIntoTheQuestionsAndCheckValidatesThem() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let articles = directory.appendingPathComponent("Articles")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: "Articles"), to: articles)
        let path = try log(Self.calls, in: directory)
        let result = spravka("stats", path, "--write-weights", "--articles", articles.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Веса ответов записаны:"))
        let question = articles.appendingPathComponent("diagnosis/questions/fio_match.md")
        let text = try String(contentsOf: question, encoding: .utf8)
        #expect(text.contains("weights:\n  yes: 1\n  no: 3\n  unknown: 1\n---\n"))
        #expect(!(try String(contentsOf: articles.appendingPathComponent("diagnosis/questions/age.md"), encoding: .utf8)).contains("weights:"),
                "a question no call answered keeps no weights")
        #expect(spravka("check", "--articles", articles.path).status == 0)
        // Written twice: replaced, not added.
        _ = spravka("stats", path, "--write-weights", "--articles", articles.path)
        let twice = try String(contentsOf: question, encoding: .utf8)
        #expect(twice.components(separatedBy: "weights:").count == 2)
        // A broken weight is an error with its place.
        try Data(twice.replacingOccurrences(of: "  no: 3", with: "  no: 0").utf8).write(to: question)
        let check = spravka("check", "--articles", articles.path)
        #expect(check.status == 1)
        #expect(check.stdout.contains("fio_match.md:") && check.stdout.contains("вес «no» должен быть целым числом не меньше 1"), "\(check)")
        // The interview plans with the weights: FIO first for «профиль не найден».
        try Data(twice.replacingOccurrences(of: "  no: 3", with: "  no: 300").utf8).write(to: question)
        let json = spravka("diagnose", "--articles", articles.path, "--format", "json", "--until", "first-fix", "--given", "symptom=profile-not-found")
        #expect(json.stdout.contains("\"id\":\"fio_match\""), "\(json)")
    }

    @Test func replayCountsTheQuestionsOfLoggedCalls() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try log([Self.calls[2]], in: directory)
        let replayed = directory.appendingPathComponent("replayed.jsonl").path
        let result = spravka("stats", path, "--replay", "--until", "first-fix", "--log", replayed)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Повтор звонков (--until first-fix, без весов): звонков 1; вопросов на звонок в среднем 2.0000, больше всего 2\n")
        let line = try String(contentsOfFile: replayed, encoding: .utf8)
        #expect(line.hasPrefix("{\"v\":1,\"date\":\"2026-09-03\",\"region\":\"29\""))
    }
}
