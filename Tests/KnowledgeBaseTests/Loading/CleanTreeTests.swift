import XCTest
import KnowledgeBase

final class CleanTreeTests: XCTestCase {
    func testCleanTreeHasNoDiagnostics() {
        let (_, diagnostics) = Fixtures.load("clean")
        XCTAssertEqual(diagnostics.map(\.description), [])
    }

    func testLoadsTypedValues() throws {
        let (knowledgeBase, _) = Fixtures.load("clean")
        XCTAssertEqual(knowledgeBase.articles.map(\.id), ["login-website", "omsk-decree", "remedy-escalate"])
        XCTAssertEqual(knowledgeBase.regionalArticles.map { "\($0.regionCode ?? "")/\($0.id)" }, ["55/hotline", "70/remedy-escalate"])
        XCTAssertEqual(knowledgeBase.regions.map(\.code), ["55", "70"])

        let article = try XCTUnwrap(knowledgeBase.article(id: "login-website"))
        XCTAssertEqual(article.path, "Articles/articles/login-website.md")
        XCTAssertEqual(article.title, "Как войти на сайте {{region.site}}")
        XCTAssertEqual(article.audiences, [.parent, .student14To17, .student18Plus])
        XCTAssertEqual(article.topic, .login)
        XCTAssertEqual(article.updated, ContentDate(year: 2024, month: 9, day: 1))
        XCTAssertEqual(article.about, .dnevnik)
        XCTAssertNil(article.declaredRegions)
        // About Dnevnik.ru: shown in the regions whose schools use it (here, both).
        XCTAssertEqual(article.regions, ["55", "70"])
        XCTAssertEqual(article.related, ["remedy-escalate"])
        XCTAssertEqual(article.order, 10)
        XCTAssertFalse(article.isHistory)
        XCTAssertEqual(article.bodyStartLine, 12)
        XCTAssertTrue(article.body.hasPrefix("# Вход\n"))
        XCTAssertEqual(article.headings.map(\.anchor), ["вход", "если-не-получилось"])
        XCTAssertEqual(article.headings.map(\.position), [TextPosition(line: 12, column: 1), TextPosition(line: 17, column: 1)])

        let escalate = try XCTUnwrap(knowledgeBase.article(id: "remedy-escalate"))
        XCTAssertEqual(escalate.order, 100)
        XCTAssertEqual(escalate.summary, "Кто поможет, когда причина не найдена")
        XCTAssertEqual(knowledgeBase.article(id: "omsk-decree")?.regions, ["55"])
    }

    func testDiagnosisContentInContractOrder() throws {
        let (knowledgeBase, _) = Fixtures.load("clean")
        XCTAssertEqual(knowledgeBase.questions.map(\.fact), DiagnosticContract.standard.facts.map(\.id))
        XCTAssertEqual(knowledgeBase.causes.map(\.id), DiagnosticContract.standard.causes.map(\.id))
        let age = try XCTUnwrap(knowledgeBase.question(fact: "age"))
        XCTAssertEqual(age.options.map(\.value), ["under-14", "14-17", "18-plus", "unknown"])
        XCTAssertEqual(age.options.last?.label, "Не знаю")
        XCTAssertEqual(age.operatorText, "Вопрос оператора про age?")
        XCTAssertEqual(age.hint, "Как проверить ответ.\n")
        let cause = try XCTUnwrap(knowledgeBase.cause(id: "teen-not-linked"))
        XCTAssertEqual(cause.fixBy, [.parent, .student])
        XCTAssertEqual(cause.article, "remedy-escalate")
        XCTAssertTrue(cause.remedy.hasPrefix("1. Первый шаг."))
        XCTAssertEqual(knowledgeBase.resolve(cause.say, region: "55"), "Скажите про teen-not-linked. Позвоните на горячую линию 8-800-381-1234.")
    }

    func testLoadingIsDeterministic() {
        let first = Fixtures.load("broken", contract: BrokenTreeTests.contract, subjects: BrokenTreeTests.subjects).1
        for _ in 0..<5 {
            XCTAssertEqual(Fixtures.load("broken", contract: BrokenTreeTests.contract, subjects: BrokenTreeTests.subjects).1, first)
        }
    }

    func testMissingDirectory() {
        let root = Fixtures.directory.appendingPathComponent("nowhere")
        let (_, diagnostics) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root)
        XCTAssertEqual(diagnostics.map(\.description), ["Articles:1:1: error: нет такой папки (запустите spravka из главной папки репозитория или укажите папку: --articles ПАПКА)"])
    }
}
