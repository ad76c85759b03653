import Testing
@testable import SiteBuilder

/// The age groups a text or a query names (`AgeBand`), and what they do to the ranking.
@Suite struct AgeBandTests {
    func bands(_ text: String) -> [String] { AgeBand.stems(in: Tokenizer.words(in: text)) }

    @Test func childrenUnder14() {
        for text in ["ребёнку до 14 лет", "в 13 лет", "дочке 9 лет", "младше 14", "если ребёнку 7 лет"] {
            #expect(bands(text) == ["#до14"], "\(text)")
        }
    }

    @Test func teenagersFrom14To17() {
        for text in ["с 14 лет", "подростку 15 лет", "ученику 14–17 лет", "старше 14", "от 14 до 18 лет", "сыну 17 лет"] {
            #expect(bands(text) == ["#14-17"], "\(text)")
        }
    }

    @Test func numbersThatAreNoAge() {
        for text in ["1 сентября 2024 года", "постановление 1516", "8 800 100-70-10", "14 дней", "от 18 лет", "школа 14", ""] {
            #expect(bands(text).isEmpty, "\(text)")
        }
        #expect(bands("детям до 14 лет, а с 14 лет подросткам") == ["#до14", "#14-17"])
    }

    @Test func aQueryHoldsTheGroupAsATerm() {
        #expect(SearchQuery("в 13 лет").terms.map(\.stem) == ["13", "лет", "#до14"])
        #expect(SearchQuery("сыну 15 лет ").terms.map(\.stem).last == "#14-17")
    }

    @Test func anAgeFindsTheArticlesOfItsGroupThoughTheyNeverSayIt() {
        let index = SearchIndex(documents: [
            SearchDocument(url: "/55/teen/", title: "Подростку", sentences: [.summary("Ученику с 14 лет нужна своя учётная запись.")]),
            SearchDocument(url: "/55/young/", title: "Ребёнку", sentences: [.summary("Ребёнку до 14 лет нужна детская учётная запись.")]),
            SearchDocument(url: "/55/other/", title: "Вход", sentences: [.summary("Вход через Госуслуги.")]),
        ])
        #expect(index.search("учетная запись в 13 лет ").first?.url == "/55/young/")
        #expect(index.search("учетная запись сыну 16 лет ").first?.url == "/55/teen/")
    }

    @Test func aSynonymPhraseWithAnAgeMatchesOnlyItsGroup() {
        let table = SynonymTable(wordGroups: [["младшеклассник", "до 14 лет"]])
        #expect(table.groups == [[["младшеклассник"], ["до", "14", "лет", "#до14"]]])
    }
}
