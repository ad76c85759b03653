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
        // No title holds a query word, so that only the number of words matched counts (a
        // title that names a word counts more, see the next tests).
        let index = SearchIndex(documents: [
            SearchDocument(url: "/55/one/", title: "Первый способ", sentences: ["Подтвердить можно в МФЦ."]),
            SearchDocument(url: "/55/two/", title: "Второй способ", sentences: ["Возьмите паспорт в МФЦ."]),
            SearchDocument(url: "/55/three/", title: "Третий способ", sentences: ["Подтвердить можно через банк."]),
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
        // Nor do the question words of a question typed in full.
        #expect(urls("почему какой пароль") == urls("пароль"))
    }

    @Test func anArticleWhoseTitleNamesTheWordBeatsOneThatRepeatsIt() {
        // /55/long/ says «пароль» in every sentence of a short text; /55/title/ names it in a
        // long title only. BM25F alone ranks /55/long/ first (its saturated tf is higher, the
        // long title's weight is normalized down); the field match
        // (`SearchField.presenceWeight`) puts the article about the password first.
        let index = SearchIndex(documents: [
            SearchDocument(url: "/55/long/", title: "Вход", sentences: [
                .summary("Пароль и логин."), "Пароль введите.", "Пароль проверьте.", "Пароль смените.", "Пароль запомните.",
            ]),
            SearchDocument(url: "/55/title/", title: "Если пароль от учётной записи забыли или потеряли вместе с телефоном", sentences: [
                .summary("Что делать дальше и куда обращаться, когда ничего из этого уже не помогает."),
                "Восстановить доступ можно по номеру телефона, по почте или в центре обслуживания с паспортом.",
            ]),
            SearchDocument(url: "/55/other/", title: "Другое", sentences: [.summary("Совсем о другом."), "Вход."]),
            SearchDocument(url: "/55/more/", title: "Ещё", sentences: [.summary("Снова о другом."), "Вход."]),
        ])
        #expect(urls("пароль", in: index) == ["/55/title/", "/55/long/"])
    }

    @Test func farWeakerResultsAreLeftOut() {
        // /55/b/ answers «снилс»; the others only share «госуслуги», far below a fifth of it.
        // As in a region's index, the common word is in some twenty articles (in four, its IDF
        // would be that of a word of a region's every other article), some in their titles.
        let others = (1...20).map { n in
            SearchDocument(url: "/55/\(n)/", title: n.isMultiple(of: 2) ? "Госуслуги" : "Статья \(n)",
                           sentences: [.summary("Что такое Госуслуги."), "Вход через Госуслуги."])
        }
        let index = SearchIndex(documents: RankingTests.index.documents + others)
        let results = index.search("снилс госуслуги")
        let best = results[0].score
        #expect(results.map(\.url) == ["/55/b/"])
        for document in ["/55/a/", "/55/c/", "/55/d/", "/55/2/", "/55/3/"] {
            let alone = index.search("госуслуги").first { $0.url == document }
            #expect(alone != nil)
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
