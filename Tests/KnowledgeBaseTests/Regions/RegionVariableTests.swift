import XCTest
import KnowledgeBase

final class RegionVariableTests: XCTestCase {
    func testResolvesPerRegionWithDefaultsAndOverrides() throws {
        let (knowledgeBase, diagnostics) = Fixtures.load("clean")
        XCTAssertEqual(diagnostics.map(\.description), [])

        let omsk = try XCTUnwrap(knowledgeBase.resolvedArticle(id: "login-website", region: "55"))
        XCTAssertEqual(omsk.title, "Как войти на сайте 55.dnevnik.ru")
        XCTAssertEqual(omsk.summary, "Вход через Госуслуги в Омской области: по шагам")
        XCTAssertTrue(omsk.body.contains("Адрес входа: https://login.dnevnik.ru/login/esia/omsk."), omsk.body)
        XCTAssertEqual(omsk.unresolvedVariables, [])

        // Tomsk sets no login_url: it inherits the default.
        let tomsk = try XCTUnwrap(knowledgeBase.resolvedArticle(id: "login-website", region: "70"))
        XCTAssertTrue(tomsk.body.contains("Адрес входа: https://login.dnevnik.ru/login/esia."), tomsk.body)

        // support: Omsk's own sentence, Tomsk the default; Tomsk overrides the article itself.
        XCTAssertTrue(try XCTUnwrap(knowledgeBase.resolvedArticle(id: "remedy-escalate", region: "55")).body.contains("Позвоните на горячую линию 8-800-381-1234."))
        let tomskEscalate = try XCTUnwrap(knowledgeBase.resolvedArticle(id: "remedy-escalate", region: "70"))
        XCTAssertEqual(tomskEscalate.title, "Куда обратиться в Томской области")
        XCTAssertEqual(tomskEscalate.article.regionCode, "70")
        XCTAssertTrue(knowledgeBase.isOverride(tomskEscalate.article))
    }

    func testVisibleArticlesPerRegion() {
        let (knowledgeBase, _) = Fixtures.load("clean")
        XCTAssertEqual(knowledgeBase.articleIDs(visibleIn: "55"), ["hotline", "login-website", "omsk-decree", "remedy-escalate"])
        XCTAssertEqual(knowledgeBase.articleIDs(visibleIn: "70"), ["login-website", "remedy-escalate"])
        XCTAssertNil(knowledgeBase.resolvedArticle(id: "omsk-decree", region: "70"))
        XCTAssertNil(knowledgeBase.resolvedArticle(id: "hotline", region: "70"))
        XCTAssertEqual(knowledgeBase.resolvedArticle(id: "hotline", region: "55")?.summary, "Когда звонить на 8-800-381-1234")
    }

    func testRegionValuesInheritDefaults() throws {
        let (knowledgeBase, _) = Fixtures.load("clean")
        let tomsk = try XCTUnwrap(knowledgeBase.region(code: "70"))
        XCTAssertEqual(tomsk.name, "Томская область")
        XCTAssertEqual(tomsk.loginURL, "https://login.dnevnik.ru/login/esia")
        XCTAssertEqual(tomsk.dnevnikUse, .partly)
        XCTAssertNil(tomsk.hotline)
        XCTAssertFalse(tomsk.ownKeys.contains("login_url"))
        let omsk = try XCTUnwrap(knowledgeBase.region(code: "55"))
        XCTAssertEqual(omsk.hotline, "8-800-381-1234")
        XCTAssertEqual(omsk.decrees, ["№ 708-п, 7 декабря 2022 года, постановление Правительства Омской области"])
        XCTAssertEqual(knowledgeBase.resolve("{{region.support}}", region: nil), "Обратитесь к администратору Дневник.ру в своей школе.")
    }

    func testMissingValueIsAnErrorAtTheVariable() throws {
        let root = try Fixtures.temporaryTree([
            "regions/_defaults.md": "---\nlogin_url: https://login.dnevnik.ru/login/esia\nsite: dnevnik.ru\nsupport: Школа.\n---\n",
            "regions/55.md": "---\ncode: \"55\"\nname: Омская область\nsystem: Дневник.ру\nsystem_short: Дневник.ру\ndnevnik_ru: yes\nconfirmed: 2026-09\nconfidence: high\nsources: [test]\nhotline: 8-800-381-1234\n---\n",
            "regions/70.md": "---\ncode: \"70\"\nname: Томская область\nsystem: Дневник.ру\nsystem_short: Дневник.ру\ndnevnik_ru: yes\nconfirmed: 2026-09\nconfidence: high\nsources: [test]\n---\n",
            "articles/phones.md": "---\ntitle: Телефоны\nsummary: \"«Звоните»: {{region.hotline}}\"\naudience: [parent]\ntopic: faq\nabout: dnevnik\nupdated: 2024-01-01\n---\n\nСайт {{region.site}}; «телефон» — {{region.hotline}}.\n",
            "articles/omsk.md": "---\ntitle: Омск\nsummary: Только Омск\naudience: [parent]\ntopic: faq\nabout: dnevnik\nupdated: 2024-01-01\nregions: [55]\n---\nТелефон {{region.hotline}}.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let subjects = [FederalSubject(code: "55", name: "Омская область"), FederalSubject(code: "70", name: "Томская область")]
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                                              options: .init(contract: .standard, federalSubjects: subjects))
        let variableErrors = diagnostics.filter { $0.message.contains("{{region.") }.map { "\($0.path):\($0.line):\($0.column): \($0.message)" }
        XCTAssertEqual(variableErrors, [
            "Articles/articles/phones.md:3:22: у {{region.hotline}} нет значения для региона 70",
            "Articles/articles/phones.md:10:35: у {{region.hotline}} нет значения для региона 70",
        ])
        // The builder still gets text, with the variable left as written and reported.
        let tomsk = try XCTUnwrap(knowledgeBase.resolvedArticle(id: "phones", region: "70"))
        XCTAssertEqual(tomsk.body, "\nСайт dnevnik.ru; «телефон» — {{region.hotline}}.\n")
        XCTAssertEqual(tomsk.unresolvedVariables, ["hotline"])
    }
}
