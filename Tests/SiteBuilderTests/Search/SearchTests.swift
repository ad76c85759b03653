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

    func testEveryWordMustMatch() {
        XCTAssertEqual(Set(urls("снилс")), ["/55/data-snils/", "/55/gosuslugi-confirm-mfc/"])
        XCTAssertEqual(urls("снилс паспорт"), ["/55/gosuslugi-confirm-mfc/"])
        XCTAssertEqual(urls("снилс паспорт банк"), [])
    }

    func testFormsOfAWordMatchByStemAndYoIsFolded() {
        // Both have «учётную запись» in a sentence and neither in the title: URL order.
        XCTAssertEqual(urls("учетной записи"), ["/55/gosuslugi-confirm-mfc/", "/55/gosuslugi-register/"])
        XCTAssertEqual(Set(urls("учётная запись ")), ["/55/gosuslugi-register/", "/55/gosuslugi-confirm-mfc/"])
        XCTAssertEqual(urls("ГОСУСЛУГАМИ СНИЛС"), ["/55/data-snils/"])
    }

    func testStopWordsAreNotRequired() {
        XCTAssertEqual(urls("как снилс и паспорт "), ["/55/gosuslugi-confirm-mfc/"])
        XCTAssertEqual(urls("и на в "), [])
    }

    func testLastWordMatchesAsAPrefixWhileTyping() {
        XCTAssertEqual(Set(urls("госусл")), ["/55/gosuslugi-register/", "/55/data-snils/", "/55/login-dnevnik/"])
        XCTAssertEqual(urls("паспорт сни"), ["/55/gosuslugi-confirm-mfc/"])
        // Only the last word, and only when the text ends inside it.
        XCTAssertEqual(urls("сни паспорт"), [])
        XCTAssertEqual(urls("паспорт сни "), [])
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

    func testRankingByTermsInTitleAndSentenceThenURL() {
        // «подтверждение мфц»: the MFC article has both words in its title.
        XCTAssertEqual(urls("подтверждение мфц"), ["/55/gosuslugi-confirm-mfc/"])
        // «госуслуги»: in the title and a sentence of /55/gosuslugi-register/ (2), a sentence of
        // the others (1 each); the tie goes to the URL.
        XCTAssertEqual(urls("госуслуги"), ["/55/gosuslugi-register/", "/55/data-snils/", "/55/login-dnevnik/"])
        // Title hits win ties on the total: «снилс» is in the title and a sentence of
        // /55/data-snils/ and only a sentence of the MFC article.
        XCTAssertEqual(urls("снилс"), ["/55/data-snils/", "/55/gosuslugi-confirm-mfc/"])
    }

    func testResultShowsTheTitleAndTheBestSentence() {
        let results = index.search("снилс госуслугами")
        XCTAssertEqual(results, [SearchIndex.Result(
            url: "/55/data-snils/", title: "СНИЛС в Дневник.ру",
            sentence: "Если СНИЛС не совпадает с Госуслугами, войти не получится.")])
        // A title-only match shows the first sentence.
        XCTAssertEqual(index.search("регистрация").first?.sentence, "Учётную запись на Госуслугах создают на сайте gosuslugi.ru.")
    }

    func testEmptyQueryFindsNothing() {
        XCTAssertEqual(index.search(""), [])
        XCTAssertEqual(index.search("  ,. "), [])
    }
}
