import Foundation
import Testing
@testable import SiteBuilder

/// Never a dead end: when nothing answers a query well, the search says so (`isWeak`), and the
/// search page offers the «Не получается войти?» wizard (only where schools use Dnevnik.ru),
/// the hotline or the region's own advice, and every article — without JavaScript too.
@Suite struct SearchHelpTests {
    static let index = SearchIndex(documents: [
        SearchDocument(url: "/55/a/", title: "Вход в дневник", sentences: ["Войдите в дневник через Госуслуги."]),
        SearchDocument(url: "/55/b/", title: "СНИЛС в дневнике", sentences: ["Школа вносит СНИЛС в дневник."]),
        SearchDocument(url: "/55/c/", title: "Пароль от дневника", sentences: ["Пароль восстанавливают на Госуслугах."]),
        SearchDocument(url: "/55/d/", title: "Регион в дневнике", sentences: ["Выберите регион школы."]),
    ])

    @Test func aQueryThatFindsNothingIsWeak() {
        let response = SearchHelpTests.index.respond(to: "оплата питания")
        #expect(response.results.isEmpty)
        #expect(response.isWeak)
        #expect(SearchHelpTests.index.respond(to: "").isWeak)
    }

    @Test func aQueryOfWordsEveryArticleHasIsWeak() {
        // «дневник» is in every article: all match, none specifically.
        let response = SearchHelpTests.index.respond(to: "дневник")
        #expect(response.results.count == 4)
        #expect(response.isWeak)
    }

    @Test func aResultThatAnswersAtMostHalfOfTheQueryIsWeak() {
        // «снилс» matches; «медосмотр» and «справка», as rare as can be, match nothing.
        let response = SearchHelpTests.index.respond(to: "снилс медосмотр справка")
        #expect(response.results.first?.url == "/55/b/")
        #expect(response.isWeak)
        // «снилс» and «регион» are each in one article, never together: each answers half.
        let halves = SearchHelpTests.index.respond(to: "снилс регион")
        #expect(Set(halves.results.map(\.url)) == ["/55/b/", "/55/d/"])
        #expect(halves.isWeak)
    }

    @Test func aQueryAnsweredWellIsNotWeak() {
        #expect(!SearchHelpTests.index.respond(to: "снилс").isWeak)
        #expect(!SearchHelpTests.index.respond(to: "пароль от дневника").isWeak)
        // «забыл» is nowhere: the word that matters most is not understood.
        #expect(SearchHelpTests.index.respond(to: "забыл пароль").isWeak)
    }

    /// The help section of a built search page, from its opening tag to its end.
    static func help(_ code: String) throws -> String {
        let page = try BuiltSite.text("\(code)/search/index.html")
        let start = try #require(page.range(of: "<section id=\"search-help\""))
        let end = try #require(page.range(of: "</section>", range: start.upperBound..<page.endIndex))
        // Without JavaScript it is shown, before the list of every article.
        let list = try #require(page.range(of: "<h2 id=\"vse-stati\">"))
        #expect(end.upperBound <= list.lowerBound)
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func omskOffersTheWizardAndTheHotline() throws {
        let help = try SearchHelpTests.help("55")
        #expect(help.contains(" data-wizard=\"/55/diagnose/\""))
        #expect(help.contains("<a href=\"/55/diagnose/\">\(Typography.apply("Не получается войти?"))</a>"))
        #expect(help.contains(" data-hotline=\"8-800-381-1234\""))
        #expect(help.contains("<a href=\"tel:88003811234\">8-800-381-1234</a>"))
        #expect(help.contains("<a href=\"#vse-stati\">"))
        #expect(!help.contains(" hidden"))
    }

    @Test func moscowHasNoWizardAndGivesItsOwnAdvice() throws {
        let help = try SearchHelpTests.help("77")
        #expect(!help.contains("data-wizard"))
        #expect(!help.contains("diagnose"))
        #expect(!help.contains("data-hotline"))
        #expect(help.contains("спросите в"))
        #expect(help.contains("<a href=\"#vse-stati\">"))
    }

    @Test func petersburgOffersTheWizardAndItsAdviceWithoutAHotline() throws {
        let help = try SearchHelpTests.help("78")
        #expect(help.contains(" data-wizard=\"/78/diagnose/\""))
        #expect(!help.contains("data-hotline"))
        #expect(!help.contains("tel:"))
        #expect(help.contains("классного руководителя"))
    }

    @Test func theShippedIndexCarriesTheParentsVocabulary() throws {
        let index = try BuiltSite.index("55")
        #expect(index.synonyms.groups.contains { $0.contains(["учетк"]) && $0.contains(["учетн", "запис"]) })
        // «иностранный гражданин» finds «Иностранным гражданам» first.
        #expect(index.search("иностранный гражданин").first?.url == "/55/gosuslugi-foreign-citizens/")
    }
}
