import XCTest
@testable import SiteBuilder

final class SearchTests: XCTestCase {
    let index = SearchIndex(documents: [
        SearchDocument(url: "/55/gosuslugi-register/", title: "Регистрация на Госуслугах", sentences: [
            "Учётную запись на Госуслугах создают на сайте gosuslugi.ru.",
            "Для входа в Дневник.ру нужна подтверждённая учётная запись Госуслуг.",
        ]),
        SearchDocument(url: "/55/data-snils/", title: "СНИЛС в Дневник.ру", sentences: [
            "Школа вносит СНИЛС в профиль.",
            "Если СНИЛС не совпадает с Госуслугами, войти не получится.",
        ]),
        SearchDocument(url: "/55/gosuslugi-confirm-mfc/", title: "Подтверждение в МФЦ", sentences: [
            "Возьмите паспорт и СНИЛС.",
            "Сотрудник МФЦ подтвердит учётную запись.",
        ]),
        SearchDocument(url: "/55/login-dnevnik/", title: "Вход в Dnevnik.ru", sentences: [
            "Откройте dnevnik.ru и нажмите «Войти через Госуслуги».",
        ]),
    ])

    func urls(_ query: String) -> [String] { index.search(query).map(\.url) }

    func testAResultMayMissAWord() {
        XCTAssertEqual(Set(urls("снилс")), ["/55/data-snils/", "/55/gosuslugi-confirm-mfc/"])
        // Only the MFC article has both words, in its text; the СНИЛС article, with one, still
        // answers, and first, as its title names it (RankingTests: more words matched rank
        // higher when no title names them).
        XCTAssertEqual(urls("снилс паспорт"), ["/55/data-snils/", "/55/gosuslugi-confirm-mfc/"])
        // «банк» is nowhere: the others still find what they find.
        XCTAssertEqual(urls("снилс паспорт банк"), urls("снилс паспорт"))
        XCTAssertEqual(urls("банк"), [])
    }

    func testFormsOfAWordMatchByStemAndYoIsFolded() {
        XCTAssertEqual(Set(urls("учетной записи")), ["/55/gosuslugi-confirm-mfc/", "/55/gosuslugi-register/"])
        XCTAssertEqual(urls("учётная запись "), urls("учетной записи"))
        XCTAssertEqual(urls("ГОСУСЛУГАМИ СНИЛС").first, "/55/data-snils/")
    }

    func testStopWordsAreNotRequired() {
        XCTAssertEqual(urls("как снилс и паспорт "), urls("снилс паспорт"))
        XCTAssertEqual(urls("и на в "), [])
    }

    func testLastWordMatchesAsAPrefixWhileTyping() {
        XCTAssertEqual(Set(urls("госусл")), ["/55/gosuslugi-register/", "/55/data-snils/", "/55/login-dnevnik/"])
        XCTAssertEqual(urls("паспорт сни"), ["/55/data-snils/", "/55/gosuslugi-confirm-mfc/"])
        XCTAssertEqual(Set(urls("сни")), ["/55/data-snils/", "/55/gosuslugi-confirm-mfc/"])
        // Only the last word, and only when the text ends inside it: «сни» alone matches nothing.
        XCTAssertEqual(urls("сни паспорт"), ["/55/gosuslugi-confirm-mfc/"])
        XCTAssertEqual(urls("сни "), [])
    }

    func testWrongLayoutFallback() {
        // «ujcecke;b» is «госуслужи» (the `;` key is ж): the layout fallback plus the tolerance
        // of one wrong letter find Госуслуги.
        let response = index.respond(to: "ujcecke;b")
        XCTAssertEqual(response.query, "госуслужи")
        XCTAssertEqual(response.results.first?.url, "/55/gosuslugi-register/")
        XCTAssertEqual(index.respond(to: "ujceckeub").query, "госуслуги")
        XCTAssertEqual(Set(urls("ujceckeub")), ["/55/gosuslugi-register/", "/55/data-snils/", "/55/login-dnevnik/"])
        XCTAssertEqual(urls("vaw"), ["/55/gosuslugi-confirm-mfc/"])
        // And the other way: «втумтшл» is «dnevnik».
        XCTAssertEqual(index.respond(to: "втумтшл").query, "dnevnik")
        XCTAssertEqual(urls("втумтшл"), ["/55/login-dnevnik/"])
        // The fallback is only tried when the query as typed finds nothing.
        XCTAssertEqual(index.respond(to: "dnevnik").query, "dnevnik")
    }

    func testOneTypoIsToleratedInLongWords() {
        XCTAssertEqual(urls("пасспорт"), ["/55/gosuslugi-confirm-mfc/"])
        XCTAssertEqual(urls("госуслгуи"), urls("госуслуги"))
        // Short words must be exact.
        XCTAssertEqual(urls("мфк"), [])
    }

    func testRankingPrefersTheTitle() {
        // «подтверждение мфц»: the MFC article has both words in its title, nobody else has them.
        XCTAssertEqual(urls("подтверждение мфц"), ["/55/gosuslugi-confirm-mfc/"])
        // «госуслуги»: in the title and two sentences of /55/gosuslugi-register/, one sentence
        // of the others.
        XCTAssertEqual(urls("госуслуги").first, "/55/gosuslugi-register/")
        // «снилс» is in the title and two sentences of /55/data-snils/ and one sentence of the
        // MFC article.
        XCTAssertEqual(urls("снилс"), ["/55/data-snils/", "/55/gosuslugi-confirm-mfc/"])
    }

    func testResultShowsTheTitleAndTheBestSentence() {
        let result = index.search("снилс госуслугами").first
        XCTAssertEqual(result?.url, "/55/data-snils/")
        XCTAssertEqual(result?.title, "СНИЛС в Дневник.ру")
        XCTAssertEqual(result?.sentence, "Если СНИЛС не совпадает с Госуслугами, войти не получится.")
        // A title-only match shows the first sentence.
        XCTAssertEqual(index.search("регистрация").first?.sentence, "Учётную запись на Госуслугах создают на сайте gosuslugi.ru.")
    }

    func testEmptyQueryFindsNothing() {
        XCTAssertEqual(index.search(""), [])
        XCTAssertEqual(index.search("  ,. "), [])
    }
}
