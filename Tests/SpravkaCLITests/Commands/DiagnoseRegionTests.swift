import Foundation
import SpravkaCLI
import Testing

/// `spravka diagnose --region` follows the region's e-diary: nothing to ask where schools do
/// not use Dnevnik.ru, a first line for the schools that do where only some use it. Runs on the
/// real knowledge base in `Articles/`.
@Suite struct DiagnoseRegionTests {
    @Test func regionWithoutDnevnikIsNotApplicableInJSON() throws {
        let result = spravka("diagnose", "--region", "77", "--format", "json", "--given", "symptom=profile-not-found")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "{\"status\":\"not-applicable\",\"region\":{\"code\":\"77\",\"name\":\"Москва\",\"system\":\"МЭШ («Московская электронная школа»)\",\"url\":\"https://school.mos.ru\"}}\n")
    }

    @Test func regionWithoutAnAddressGivesNull() throws {
        let result = spravka("diagnose", "--region", "92", "--format", "json")
        #expect(result.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "not-applicable")
        let region = try #require(object["region"] as? [String: Any])
        #expect(region["code"] as? String == "92")
        #expect(region["url"] is NSNull)
    }

    @Test func regionWithoutDnevnikSaysItInWordsAndAsksNothing() {
        let result = spravka("diagnose", "--region", "77", stdin: "1\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Школы в Москве не работают в Дневник.ру"))
        #expect(result.stdout.contains("МЭШ («Московская электронная школа»)"))
        #expect(result.stdout.contains("https://school.mos.ru"))
        #expect(result.stdout.contains("Куда обращаться: "))
        #expect(!result.stdout.contains("?"), "no question is asked: \(result.stdout)")
        #expect(!result.stdout.contains("dnevnik.ru"))
    }

    @Test func partlyRegionRunsTheInterviewForDnevnikSchools() {
        let result = spravka("diagnose", "--region", "78", stdin: "5\n1\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Это интервью — для школ, которые работают в Дневник.ру: в Санкт-Петербурге таких немного"))
        #expect(result.stdout.contains("Петербургское образование"))
        let json = spravka("diagnose", "--region", "78", "--format", "json")
        #expect(json.stdout.hasPrefix("{\"status\":\"ask\""), "the protocol answers as in any region with Dnevnik.ru")
    }

    @Test func regionWithDnevnikAsksAsBefore() {
        let result = spravka("diagnose", "--region", "55", "--format", "json")
        #expect(result.stdout.hasPrefix("{\"status\":\"ask\",\"question\":{\"id\":\"symptom\""))
    }

    @Test func checkFlagsOldFactsForTheDateGiven() {
        let now = spravka("check", "--today", "2026-11-29")
        #expect(now.status == 0)
        #expect(now.stdout.hasSuffix("0 ошибок, 0 предупреждений\n"), "\(now.stdout.suffix(500))")
        let later = spravka("check", "--today", "2027-10-01")
        #expect(later.status == 0, "old facts are a warning, not an error")
        #expect(later.stdout.contains("Articles/regions/77.md:"))
        #expect(later.stdout.contains("warning: факты о регионе 77 (Москва) проверены в сентябре 2026 года — больше 12 месяцев назад на 1 октября 2027 года"))
        // Every region's facts and every system article's sources seen in September 2026.
        let regionWarnings = later.stdout.components(separatedBy: ": warning: факты о регионе").count - 1
        let sourceWarnings = later.stdout.components(separatedBy: ": warning: источник статьи").count - 1
        #expect(regionWarnings == 89)
        #expect(sourceWarnings > 0)
        #expect(later.stdout.contains("warning: источник статьи «top-login-parent» просмотрен 24 сентября 2026 года"))
        #expect(later.stdout.hasSuffix("0 ошибок, \(regionWarnings + sourceWarnings) предупреждений\n"), "\(later.stdout.suffix(200))")
        let bad = spravka("check", "--today", "завтра")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("для --today нужна дата в виде ГГГГ-ММ-ДД, а не «завтра»"))
    }
}
