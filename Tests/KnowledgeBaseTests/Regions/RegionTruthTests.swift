import Foundation
import Testing
import KnowledgeBase

/// Every region tells the truth about its e-diary: a region of each status (Dnevnik.ru, another
/// system, Dnevnik.ru in single schools), what each shows, and the rules `spravka check`
/// enforces on region files and articles.
@Suite struct RegionTruthTests {
    static let subjects = [
        FederalSubject(code: "55", name: "Омская область"),
        FederalSubject(code: "77", name: "Москва"),
        FederalSubject(code: "78", name: "Санкт-Петербург"),
    ]

    static let defaults = "---\nlogin_url: https://login.dnevnik.ru/login/esia\nsite: dnevnik.ru\nsupport: Спросите администратора Дневник.ру в школе.\n---\n"

    static let omsk = """
        ---
        code: "55"
        name: Омская область
        name_in: в Омской области
        system: Дневник.ру (РГИС «Образование» Омской области)
        system_short: Дневник.ру
        system_url: https://dnevnik.ru
        dnevnik_ru: yes
        confirmed: 2026-09
        confidence: high
        login_url: https://login.dnevnik.ru/login/esia/omsk
        hotline: 8-800-381-1234
        sources:
          - omsk.aif.ru 2026-09-01
        ---

        """

    static let moscow = """
        ---
        code: "77"
        name: Москва
        name_in: в Москве
        system: МЭШ («Московская электронная школа»)
        system_short: МЭШ
        system_url: https://school.mos.ru
        system_login_url: https://school.mos.ru
        sign_in: через учётную запись mos.ru
        dnevnik_ru: no
        confirmed: 2026-09
        confidence: high
        support: Спросите в своей школе.
        sources:
          - www.mos.ru/city/projects/mesh/
        ---

        """

    static let petersburg = """
        ---
        code: "78"
        name: Санкт-Петербург
        name_in: в Санкт-Петербурге
        system: «Петербургское образование. Электронный дневник»
        system_short: Петербургское образование
        system_url: https://dnevnik2.petersburgedu.ru
        dnevnik_ru: partly
        confirmed: 2026-09
        confidence: medium
        caveat: В Дневник.ру работают только отдельные школы.
        sources:
          - school617.spb.ru/ucheba/dnevnik-ru/
        ---

        """

    static func article(_ title: String, about: String, body: String = "Текст.", extra: String = "") -> String {
        "---\ntitle: \(title)\nsummary: Кратко.\naudience: [parent]\ntopic: faq\nabout: \(about)\nupdated: 2026-11-01\n\(extra)---\n\(body)\n"
    }

    /// The tree: three regions, a Dnevnik.ru article, a Gosuslugi article, plus `extra`.
    static func load(_ extra: [String: String] = [:], today: String = "2026-11-29") throws -> (KnowledgeBase, [String]) {
        var tree = [
            "regions/_defaults.md": defaults,
            "regions/55.md": omsk, "regions/77.md": moscow, "regions/78.md": petersburg,
            "articles/login-website.md": article("Как войти в Дневник.ру", about: "dnevnik", body: "Откройте {{region.login_url}}."),
            "articles/gosuslugi-register.md": article("Как зарегистрироваться на Госуслугах", about: "gosuslugi",
                                                      body: "Зайдите на gosuslugi.ru. {{region.support}}"),
        ]
        tree.merge(extra) { _, new in new }
        let root = try Fixtures.temporaryTree(tree)
        defer { try? FileManager.default.removeItem(at: root) }
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(
            directory: root.appendingPathComponent("Articles"), relativeTo: root,
            options: .init(contract: DiagnosticContract(facts: [], causes: [], implications: []),
                           federalSubjects: subjects, today: try #require(ContentDate(today))))
        return (knowledgeBase, diagnostics.map { "\($0.path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" })
    }

    @Test func regionOfEachStatusShowsItsArticles() throws {
        let (knowledgeBase, diagnostics) = try Self.load()
        #expect(diagnostics == [])
        #expect(knowledgeBase.articleIDs(visibleIn: "55") == ["gosuslugi-register", "login-website"])
        #expect(knowledgeBase.articleIDs(visibleIn: "78") == ["gosuslugi-register", "login-website"])
        #expect(knowledgeBase.articleIDs(visibleIn: "77") == ["gosuslugi-register"])
        #expect(knowledgeBase.article(id: "login-website", region: "77") == nil)
        #expect(knowledgeBase.dnevnikRegions.map(\.code) == ["55", "78"])
    }

    @Test func onlyRegionsWithDnevnikInheritItsDefaults() throws {
        let (knowledgeBase, _) = try Self.load()
        let moscow = try #require(knowledgeBase.region(code: "77"))
        #expect(moscow.dnevnikUse == .no)
        #expect(moscow.loginURL == nil)
        #expect(moscow.site == nil)
        #expect(moscow.support == "Спросите в своей школе.")
        #expect(moscow.systemShort == "МЭШ")
        #expect(moscow.confirmed == ContentMonth(year: 2026, month: 9))
        let petersburg = try #require(knowledgeBase.region(code: "78"))
        #expect(petersburg.dnevnikUse == .partly)
        #expect(petersburg.loginURL == "https://login.dnevnik.ru/login/esia")
        #expect(petersburg.confidence == .medium)
        #expect(knowledgeBase.region(code: "55")?.loginURL == "https://login.dnevnik.ru/login/esia/omsk")
    }

    @Test func regionWithoutSystemStatusDateOrSourceIsAnError() throws {
        let bare = "---\ncode: \"77\"\nname: Москва\nname_in: в Москве\nsupport: Школа.\n---\n"
        let (_, diagnostics) = try Self.load(["regions/77.md": bare])
        let moscow = diagnostics.filter { $0.hasPrefix("Articles/regions/77.md") }
        for key in ["system", "system_short", "dnevnik_ru", "confirmed", "confidence"] {
            #expect(moscow.contains { $0.hasPrefix("Articles/regions/77.md:1:1: error: нет обязательного ключа «\(key)»") }, "\(key): \(moscow)")
        }
        #expect(moscow.contains("Articles/regions/77.md:1:1: error: у региона нет «sources»: перечислите, откуда взяты факты"))
    }

    @Test func badStatusMonthAndConfidenceAreErrors() throws {
        let wrong = Self.moscow
            .replacingOccurrences(of: "dnevnik_ru: no", with: "dnevnik_ru: former")
            .replacingOccurrences(of: "confirmed: 2026-09", with: "confirmed: сентябрь 2026")
            .replacingOccurrences(of: "confidence: high", with: "confidence: low")
        let (_, diagnostics) = try Self.load(["regions/77.md": wrong])
        #expect(diagnostics.contains("Articles/regions/77.md:10:13: error: неизвестное значение «former» у ключа «dnevnik_ru»"))
        #expect(diagnostics.contains("Articles/regions/77.md:11:12: error: неверный месяц «сентябрь 2026»: пишите ГГГГ-ММ"))
        #expect(diagnostics.contains("Articles/regions/77.md:12:13: error: неизвестное значение «low» у ключа «confidence»"))
    }

    @Test func regionWithoutDnevnikCarryingItsLoginAddressIsAnError() throws {
        let withLogin = Self.moscow.replacingOccurrences(
            of: "confidence: high\n", with: "confidence: high\nlogin_url: https://login.dnevnik.ru/login/esia/moscow\n")
        let (_, diagnostics) = try Self.load(["regions/77.md": withLogin])
        #expect(diagnostics.contains("Articles/regions/77.md:13:1: error: регион не работает в Дневник.ру (dnevnik_ru: no), поэтому у него не может быть «login_url»"))

        let inNote = Self.moscow.replacingOccurrences(
            of: "sources:\n", with: "notes:\n  - Раньше входили на 77.dnevnik.ru\nsources:\n")
        let (_, noteDiagnostics) = try Self.load(["regions/77.md": inNote])
        #expect(noteDiagnostics.contains("Articles/regions/77.md:15:23: error: регион не работает в Дневник.ру (dnevnik_ru: no), а в «notes» указан адрес Дневник.ру «77.dnevnik.ru»"))

        let inBody = Self.moscow + "Вход: https://login.dnevnik.ru/login/esia/moscow.\n"
        let (_, bodyDiagnostics) = try Self.load(["regions/77.md": inBody])
        #expect(bodyDiagnostics.contains("Articles/regions/77.md:17:15: error: адрес Дневник.ру «login.dnevnik.ru/login/esia/moscow» показался бы в регионе 77, где школы не работают в Дневник.ру"))
    }

    @Test func mediumConfidenceNeedsACaveat() throws {
        let noCaveat = Self.petersburg.replacingOccurrences(of: "caveat: В Дневник.ру работают только отдельные школы.\n", with: "")
        let (_, diagnostics) = try Self.load(["regions/78.md": noCaveat])
        #expect(diagnostics.contains("Articles/regions/78.md:10:1: error: надёжность фактов средняя (confidence: medium), а «caveat» у региона нет"))
    }

    @Test func factsOlderThanTwelveMonthsAreAWarningNamingRegionAndDate() throws {
        let (_, fresh) = try Self.load(today: "2027-09-30")
        #expect(fresh == [], "12 months is not yet old")
        let (_, old) = try Self.load(today: "2027-10-01")
        #expect(old == [
            "Articles/regions/55.md:9:12: warning: факты о регионе 55 (Омская область) проверены в сентябре 2026 года — больше 12 месяцев назад на 1 октября 2027 года",
            "Articles/regions/77.md:11:12: warning: факты о регионе 77 (Москва) проверены в сентябре 2026 года — больше 12 месяцев назад на 1 октября 2027 года",
            "Articles/regions/78.md:9:12: warning: факты о регионе 78 (Санкт-Петербург) проверены в сентябре 2026 года — больше 12 месяцев назад на 1 октября 2027 года",
        ])
    }

    @Test func everyArticleSaysWhatItIsAbout() throws {
        let missing = "---\ntitle: Без темы\nsummary: Кратко.\naudience: [parent]\ntopic: faq\nupdated: 2026-11-01\n---\nТекст.\n"
        let wrong = Self.article("Неверно", about: "dnevnik-ru")
        let (_, diagnostics) = try Self.load(["articles/no-about.md": missing, "articles/bad-about.md": wrong])
        #expect(diagnostics.contains("Articles/articles/no-about.md:1:1: error: нет обязательного ключа «about»"))
        #expect(diagnostics.contains("Articles/articles/bad-about.md:6:8: error: неизвестное значение «dnevnik-ru» у ключа «about»"))
    }

    @Test func dnevnikArticleRestrictedToARegionWithoutItIsAnError() throws {
        let restricted = Self.article("Только Москва", about: "dnevnik", extra: "regions: [\"55\", \"77\"]\n")
        let (knowledgeBase, diagnostics) = try Self.load(["articles/moscow-dnevnik.md": restricted])
        #expect(diagnostics == ["Articles/articles/moscow-dnevnik.md:8:17: error: статья о Дневник.ру, но регион 77 (Москва) в нём не работает (dnevnik_ru: no)"])
        #expect(knowledgeBase.article(id: "moscow-dnevnik")?.regions == ["55"])
    }

    @Test func regionalDnevnikArticleInARegionWithoutItIsHistoryOnly() throws {
        let today = Self.article("Дневник.ру в Москве", about: "dnevnik")
        let history = Self.article("Как раньше входили", about: "dnevnik", extra: "history: true\n")
        let (_, diagnostics) = try Self.load(["regions/77/moscow-now.md": today, "regions/77/moscow-before.md": history])
        #expect(diagnostics == ["Articles/regions/77/moscow-now.md:6:1: error: регион 77 (Москва) не работает в Дневник.ру, поэтому статью о Дневник.ру там можно оставить только как историю"])
    }

    @Test func articleShownWithoutDnevnikMustNotShowItsAddress() throws {
        let leaking = Self.article("Госуслуги", about: "gosuslugi", body: "Потом откройте\nhttps://55.dnevnik.ru и войдите.")
        let (_, diagnostics) = try Self.load(["articles/gosuslugi-leak.md": leaking])
        #expect(diagnostics == ["Articles/articles/gosuslugi-leak.md:10:9: error: адрес Дневник.ру «55.dnevnik.ru» показался бы в регионе 77, где школы не работают в Дневник.ру"])
        // The same text about Dnevnik.ru is fine: only regions with Dnevnik.ru show it.
        let (_, fine) = try Self.load(["articles/gosuslugi-leak.md": leaking.replacingOccurrences(of: "about: gosuslugi", with: "about: dnevnik")])
        #expect(fine == [])
    }

    @Test func gosuslugiArticleLinkingToADnevnikArticleIsABrokenLinkWhereItIsMissing() throws {
        let linking = Self.article("Госуслуги", about: "gosuslugi", body: "Дальше — [вход](login-website).")
        let (_, diagnostics) = try Self.load(["articles/gosuslugi-next.md": linking])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Articles/articles/gosuslugi-next.md:9:10: error:") == true, "\(diagnostics)")
        #expect(diagnostics.first?.contains("77") == true)
    }

    @Test func dnevnikVariableHasNoValueInARegionWithoutDnevnik() throws {
        let variable = Self.article("Госуслуги", about: "gosuslugi", body: "Адрес: {{region.login_url}}")
        let (_, diagnostics) = try Self.load(["articles/gosuslugi-var.md": variable])
        #expect(diagnostics == ["Articles/articles/gosuslugi-var.md:9:8: error: у {{region.login_url}} нет значения для региона 77"])
    }

    @Test func findsDnevnikAddressesButNotOtherSystems() {
        let text = "См. login.dnevnik.ru/login/esia/omsk, 70.dnevnik.ru и https://DNEVNIK.RU.\nНе: dnevnik.mos.ru, dnevnik2.petersburgedu.ru, Дневник.ру, mydnevnik.ru"
        #expect(DnevnikAddress.find(in: text).map(\.text) == ["login.dnevnik.ru/login/esia/omsk", "70.dnevnik.ru", "DNEVNIK.RU"])
        #expect(DnevnikAddress.find(in: text).map { "\($0.line):\($0.column)" } == ["1:5", "1:39", "1:63"])
    }

    @Test func leafletIsASitePageEveryTextMayLinkTo() throws {
        let linking = Self.article("Собрание", about: "gosuslugi", body: "Раздайте [памятку](leaflet). Не [так](leaflet#шаги).")
        let (_, diagnostics) = try Self.load(["articles/meeting.md": linking, "articles/leaflet.md": Self.article("Памятка", about: "gosuslugi")])
        #expect(diagnostics == [
            "Articles/articles/leaflet.md:1:1: error: «leaflet» — имя одной из служебных страниц сайта; выберите другое имя файла",
            "Articles/articles/meeting.md:9:33: error: у страницы «leaflet» нет заголовков для ссылок; уберите «#шаги»",
        ])
    }
}
