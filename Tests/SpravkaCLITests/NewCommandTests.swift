import Foundation
import KnowledgeBase
import SpravkaCLI
import XCTest

/// `spravka new` on a copy of the real content: every result passes `check` at once, nothing is
/// overwritten, bad ids and codes are refused.
final class NewCommandTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var scratch: URL!
    private var articles: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-new-\(UUID().uuidString)")
        articles = scratch.appendingPathComponent("Articles")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Articles"), to: articles)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    private func new(_ arguments: String...) -> Transcript {
        let (console, output, error) = Console.inMemory()
        let status = SpravkaCLI.run(arguments: ["new"] + arguments + ["--articles", articles.path], console: console)
        return Transcript(status: status, stdout: output.text, stderr: error.text)
    }

    private func errors() -> [Diagnostic] {
        KnowledgeBase.load(directory: articles).1.filter { $0.severity == .error }
    }

    private func read(_ relative: String) throws -> String {
        try String(contentsOf: articles.appendingPathComponent(relative), encoding: .utf8)
    }

    /// The errors `check` reports for a region file that still lacks its required facts.
    private func missingFacts(_ code: String) -> [String] {
        errors().map { "\($0.path.split(separator: "/").suffix(2).joined(separator: "/")): \($0.message)" }
    }

    func testNewRegionCompletesTheFileWithoutChangingIt() throws {
        // A region file as a school starts it: the name only.
        let before = "---\ncode: 77\nname: Москва\nname_in: в Москве\n---\n"
        try before.write(to: articles.appendingPathComponent("regions/77.md"), atomically: true, encoding: .utf8)
        let result = new("region", "77")
        XCTAssertEqual(result.status, 0, result.description)
        let after = try read("regions/77.md")
        // Every key once, in the usual order, and every line that was there still there, in order.
        let keys = after.split(separator: "\n").compactMap { line -> String? in
            guard let colon = line.firstIndex(of: ":"), line.first != " ", line.first != "#" else { return nil }
            return String(line[..<colon])
        }
        XCTAssertEqual(keys, RegionScaffold.fields.map(\.key))
        XCTAssertEqual(Set(keys), Set(Region.variableKeys + Region.listKeys))
        let afterLines = after.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(afterLines.filter { $0.contains(Scaffold.marker) }.count, RegionScaffold.fields.count - 3)
        XCTAssertEqual(afterLines.filter { !$0.contains(Scaffold.marker) }, before.split(separator: "\n", omittingEmptySubsequences: false))
        // What is left are the facts only a source can give: which system, whether Dnevnik.ru,
        // since when confirmed, how firmly, and where from.
        XCTAssertEqual(missingFacts("77"), [
            "regions/77.md: нет значения у ключа «system»: в какой системе школы региона ведут электронный дневник",
            "regions/77.md: нет значения у ключа «system_short»: короткое название системы для заголовков и списка регионов",
            "regions/77.md: нет значения у ключа «dnevnik_ru»: работают ли школы в Дневник.ру: yes, no или partly",
            "regions/77.md: нет значения у ключа «confirmed»: месяц, когда факты проверены последний раз, ГГГГ-ММ",
            "regions/77.md: нет значения у ключа «confidence»: насколько надёжны источники: high или medium",
            "regions/77.md: у региона нет «sources»: перечислите, откуда взяты факты",
        ])
        // The output names every place to fill in, with its line.
        let lines = after.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.contains(Scaffold.marker) {
            let key = line.split(separator: ":")[0]
            XCTAssertTrue(result.stdout.contains("regions/77.md:\(index + 1):1: warning: «\(key)» ещё не заполнено"), "\(key)\n\(result.stdout)")
        }
        // Nothing left to add: refused, file unchanged.
        let again = new("region", "77")
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("уже есть все поля"), again.stderr)
        XCTAssertEqual(try read("regions/77.md"), after)
    }

    func testNewRegionKeepsKnownValuesAndAddsOnlyWhatLacks() throws {
        let before = try read("regions/55.md")
        XCTAssertEqual(new("region", "55").status, 0)
        let after = try read("regions/55.md")
        XCTAssertTrue(after.contains("hotline: 8-800-381-1234\n"))
        XCTAssertTrue(after.contains("\nsupport: Позвоните"))
        let added = Set(after.components(separatedBy: "\n")).subtracting(before.components(separatedBy: "\n"))
        XCTAssertEqual(added.map { String($0.prefix { $0 != ":" }) }.sorted(), ["caveat", "school_hours"])
        XCTAssertTrue(after.contains("\nschool_hours:  # \(Scaffold.marker)"))
        XCTAssertEqual(errors(), [])
    }

    func testNewRegionWithoutDnevnikIsNotOfferedItsKeys() throws {
        XCTAssertEqual(new("region", "77").status, 0)
        let after = try read("regions/77.md")
        for key in Region.dnevnikKeys {
            XCTAssertFalse(after.contains("\n\(key):"), "\(key) offered to a region without Dnevnik.ru")
        }
        XCTAssertEqual(errors(), [])
    }

    func testNewRegionCreatesAMissingFile() throws {
        try FileManager.default.removeItem(at: articles.appendingPathComponent("regions/77.md"))
        XCTAssertFalse(errors().isEmpty, "a missing region file is an error")
        let result = new("region", "77")
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertTrue(result.stdout.hasPrefix("создан файл "))
        let text = try read("regions/77.md")
        XCTAssertTrue(text.hasPrefix("---\ncode: 77\nname: Москва\nname_in: в регионе «Москва»"))
        XCTAssertEqual(missingFacts("77").count, 6)
        XCTAssertTrue(missingFacts("77").allSatisfy { $0.hasPrefix("regions/77.md: ") }, "\(missingFacts("77"))")
    }

    func testNewRegionRefusesUnknownCodes() throws {
        for code in ["99", "7", "077", "ab", "../55", ""] {
            let result = new("region", code)
            XCTAssertEqual(result.status, 1, code)
            XCTAssertTrue(result.stderr.contains("неизвестный код региона"), result.stderr)
        }
        XCTAssertEqual(new("region", "55", "--topic", "faq").status, 64)
        XCTAssertEqual(new("page", "x").status, 64)
    }

    func testNewArticlePassesCheckAtOnce() throws {
        let result = new("article", "school-open-day", "--audience", "parent", "--audience", "school-staff", "--topic", "school")
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertTrue(result.stdout.contains("articles/school-open-day.md:3:1: warning: «title» ещё не заполнено"), result.stdout)
        XCTAssertTrue(result.stdout.contains("articles/school-open-day.md:4:1: warning: «summary» ещё не заполнено"), result.stdout)
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(directory: articles)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        // `check` itself names what is still to fill in, as warnings only.
        let own = diagnostics.filter { $0.path.hasSuffix("school-open-day.md") }
        XCTAssertFalse(own.isEmpty)
        XCTAssertEqual(own.filter { $0.severity != .warning || !$0.message.contains("ещё не заполнен") }, [])
        XCTAssertTrue(own.contains { $0.message == "«title» ещё не заполнено" && $0.line == 3 }, own.map(\.description).joined(separator: "\n"))
        let article = try XCTUnwrap(knowledgeBase.article(id: "school-open-day"))
        XCTAssertEqual(article.audiences, [.parent, .schoolStaff])
        XCTAssertEqual(article.topic, .school)
        XCTAssertNotNil(article.updated)

        // Never overwritten.
        try "edited\n".write(to: articles.appendingPathComponent("articles/school-open-day.md"), atomically: true, encoding: .utf8)
        let again = new("article", "school-open-day")
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("уже есть и не перезаписывается"), again.stderr)
        XCTAssertEqual(try read("articles/school-open-day.md"), "edited\n")
    }

    func testRegionalArticleAndOverride() throws {
        let regional = new("article", "omsk-open-day", "--region", "55", "--title", "День открытых дверей в омских школах")
        XCTAssertEqual(regional.status, 0, regional.description)
        XCTAssertTrue(try read("regions/55/omsk-open-day.md").contains("title: День открытых дверей в омских школах\n"))
        XCTAssertFalse(regional.stdout.contains("«title» ещё не заполнено"))

        // Overriding a common article starts from its text.
        let override = new("article", "login-website", "--region", "29")
        XCTAssertEqual(override.status, 0, override.description)
        XCTAssertTrue(override.stdout.contains("скопировано из"), override.stdout)
        let common = try read("articles/login-website.md")
        let copy = try read("regions/29/login-website.md")
        XCTAssertEqual(copy.split(separator: "\n").filter { !$0.hasPrefix("updated:") }, common.split(separator: "\n").filter { !$0.hasPrefix("updated:") })
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(directory: articles)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        XCTAssertNotNil(knowledgeBase.regionalArticle(id: "login-website", region: "29"))
        XCTAssertNotNil(knowledgeBase.regionalArticle(id: "omsk-open-day", region: "55"))
    }

    func testNewArticleInARegionWithoutDnevnikIsAboutGosuslugi() throws {
        let result = new("article", "moscow-open-day", "--region", "77")
        XCTAssertEqual(result.status, 0, result.description)
        XCTAssertTrue(try read("regions/77/moscow-open-day.md").contains("\nabout: gosuslugi\n"))
        XCTAssertTrue(try read("regions/77/moscow-open-day.md").contains("\nabout: gosuslugi\n"))
        XCTAssertEqual(new("article", "omsk-news", "--region", "55").status, 0)
        XCTAssertTrue(try read("regions/55/omsk-news.md").contains("\nabout: dnevnik\n"))
        XCTAssertEqual(errors(), [])
    }

    func testBadIdsAndRegionsAreRefused() throws {
        for id in ["Bad", "a--b", "a-", "a_b", "../escape", "a/b", "статья", ""] {
            let result = new("article", id)
            XCTAssertEqual(result.status, 1, id)
            XCTAssertTrue(result.stderr.contains("неверный id статьи"), result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("escape.md").path))
        XCTAssertTrue(new("article", "x", "--region", "99").stderr.contains("неизвестный код региона «99»"))
        XCTAssertEqual(new("article", "x", "--audience", "teacher").status, 64)
        XCTAssertEqual(new("article", "x", "--topic", "news").status, 64)
        XCTAssertEqual(errors(), [])
    }
}
