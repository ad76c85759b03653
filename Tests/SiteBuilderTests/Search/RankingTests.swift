import Foundation
import Testing
@testable import SiteBuilder

/// BM25F on a small hand-made index: no word is required, rarer and more words rank higher,
/// the title counts more than the text, ties go to the URL, and the arithmetic is the one
/// `site/js/search.js` repeats.
@Suite struct RankingTests {
    /// «госуслуги» is in every article, «снилс», «пароль» and «приложение» in one each.
    static let index = SearchIndex(documents: [
        SearchDocument(url: "/55/a/", title: "Госуслуги", sentences: [.summary("Что такое Госуслуги."), "Вход через Госуслуги."]),
        SearchDocument(url: "/55/b/", title: "Номер", sentences: [.summary("Где номер."), "Номер СНИЛС есть на Госуслугах."]),
        SearchDocument(url: "/55/c/", title: "Пароль от Госуслуг", sentences: [.summary("Если забыли."), "Пароль меняют в профиле."]),
        SearchDocument(url: "/55/d/", title: "Приложение", sentences: [.summary("Для телефона."), "Приложение Госуслуги."]),
    ])

    func urls(_ query: String, in index: SearchIndex = RankingTests.index) -> [String] {
        index.search(query).map(\.url)
    }

    @Test func aResultMayMissAWord() {
        // Nothing has both «пароль» and «приложение»: each article with one of them is found.
        #expect(Set(urls("пароль приложение")) == ["/55/c/", "/55/d/"])
        // «пароль» is in the title of /55/c/ and a sentence of it.
        #expect(urls("пароль").first == "/55/c/")
    }

    @Test func aRareWordOutweighsACommonOne() {
        // /55/a/ has «госуслуги» in its title and everywhere, /55/b/ has «снилс» once in its
        // text: «снилс» is in one article of four, «госуслуги» in all.
        #expect(urls("госуслуги снилс").first == "/55/b/")
        // A word in every article hardly tells them apart; the one with it in the title and
        // every sentence comes first.
        #expect(urls("госуслуги").first == "/55/a/")
    }

    @Test func matchingMoreWordsRanksHigher() {
        let index = SearchIndex(documents: [
            SearchDocument(url: "/55/one/", title: "Подтверждение", sentences: ["Подтвердить можно в МФЦ."]),
            SearchDocument(url: "/55/two/", title: "Паспорт", sentences: ["Возьмите паспорт в МФЦ."]),
            SearchDocument(url: "/55/three/", title: "Банк", sentences: ["Подтвердить можно через банк."]),
        ])
        #expect(urls("паспорт мфц", in: index) == ["/55/two/", "/55/one/"])
    }

    @Test func theTitleCountsMoreThanTheText() {
        let index = SearchIndex(documents: [
            SearchDocument(url: "/55/a/", title: "Вход в приложение", sentences: ["Откройте его на телефоне."]),
            SearchDocument(url: "/55/b/", title: "Вход на телефоне", sentences: ["Откройте приложение."]),
            SearchDocument(url: "/55/c/", title: "Другое", sentences: ["Совсем о другом."]),
        ])
        #expect(urls("приложение", in: index) == ["/55/a/", "/55/b/"])
        #expect(urls("телефон", in: index) == ["/55/b/", "/55/a/"])
    }

    @Test func tiesGoToTheURL() {
        let twins = SearchIndex(documents: [
            SearchDocument(url: "/55/z/", title: "СНИЛС", sentences: ["Номер."]),
            SearchDocument(url: "/55/m/", title: "СНИЛС", sentences: ["Номер."]),
            SearchDocument(url: "/55/x/", title: "Другое", sentences: ["Прочее."]),
        ])
        let results = twins.search("снилс")
        #expect(results.map(\.url) == ["/55/m/", "/55/z/"])
        #expect(results[0].score == results[1].score)
    }

    @Test func stopWordsDoNotCount() {
        #expect(urls("как и где пароль") == urls("где пароль"))
        #expect(urls("и на в ").isEmpty)
    }

    @Test func farWeakerResultsAreLeftOut() {
        // /55/b/ answers «снилс»; the others only share «госуслуги», far below a fifth of it.
        let results = RankingTests.index.search("снилс госуслуги")
        let best = results[0].score
        #expect(results.map(\.url) == ["/55/b/"])
        for document in ["/55/a/", "/55/c/", "/55/d/"] {
            let alone = RankingTests.index.search("госуслуги").first { $0.url == document }
            #expect((alone?.score ?? 0) * SearchIndex.cutoffDivisor < best)
        }
    }

    @Test func resultsDoNotDependOnTheOrderOfDocuments() {
        let reversed = SearchIndex(documents: RankingTests.index.documents.reversed())
        for query in ["госуслуги", "пароль приложение", "номер снилс", "госусл"] {
            #expect(reversed.search(query) == RankingTests.index.search(query), "\(query)")
        }
    }

    @Test func theLogarithmIsTheMathsLibrarys() {
        // ln from + − × ÷ only (so that the browser gets the same bits), to within a few ulps.
        for x in [1.0, 1.0001, 1.5, 2, 2.718281828459045, 3, 10, 121, 1e6] {
            #expect(abs(BM25F.ln(x) - Foundation.log(x)) <= 1e-14 * max(1, Foundation.log(x)), "ln \(x)")
        }
    }

    @Test func scoresAreMillionths() {
        #expect(BM25F.rounded(1.2345674) == 1_234_567)
        #expect(BM25F.rounded(1.2345675) == 1_234_568)
        // IDF of a word in 1 of 4 articles: ln(1 + 3.5 / 1.5).
        #expect(abs(BM25F.idf(documentFrequency: 1, documentCount: 4) - Foundation.log(1 + 3.5 / 1.5)) < 1e-12)
        // Saturation: one sentence of weight 1 gives 1, and no amount gives more than k1 + 1.
        #expect(BM25F.saturated(1) == 1)
        #expect(BM25F.saturated(1e9) < BM25F.k1 + 1)
    }
}
