import Foundation
import Testing
@testable import SiteBuilder

/// Queries expanded with the parents' vocabulary: a word finds the articles written with its
/// synonyms, a little below those with the word itself; phrases and «не» phrases; typos.
@Suite struct SynonymExpansionTests {
    static let synonyms = SynonymTable(wordGroups: [
        ["гражданин", "граждане", "гражданам", "иностранец"],
        ["оценки", "отметки"],
        ["учётка", "учётная запись"],
        ["не пускает", "не получается войти"],
        ["банк", "сбербанк", "т-банк", "тинькофф"],
    ])

    static let index = SearchIndex(documents: [
        SearchDocument(url: "/55/foreign/", title: "Иностранным гражданам", sentences: ["Регистрация по паспорту другой страны."]),
        SearchDocument(url: "/55/grades/", title: "Оценки ребёнка", sentences: ["Оценки видны в дневнике."]),
        SearchDocument(url: "/55/marks/", title: "Отметки ребёнка", sentences: ["Отметки видны в дневнике."]),
        SearchDocument(url: "/55/account/", title: "Подтверждение", sentences: ["Подтвердите учётную запись в МФЦ."]),
        SearchDocument(url: "/55/apart/", title: "Запись к врачу", sentences: ["Учётная политика.", "Запись открыта."]),
        SearchDocument(url: "/55/fails/", title: "Если что-то не так", sentences: ["Если не получается войти, позвоните в школу."]),
        SearchDocument(url: "/55/bank/", title: "Через банк", sentences: ["Подтвердите запись в приложении банка."]),
    ], synonyms: synonyms)

    func urls(_ query: String) -> [String] { SynonymExpansionTests.index.search(query).map(\.url) }

    @Test func aWordFindsTheArticlesWrittenWithItsSynonyms() {
        // «иностранный гражданин»: the title says «Иностранным гражданам», which the stemmer
        // cannot join to «гражданин».
        #expect(urls("иностранный гражданин") == ["/55/foreign/"])
        #expect(urls("иностранец") == ["/55/foreign/"])
        #expect(urls("сбербанк") == ["/55/bank/"])
    }

    @Test func theWordItselfRanksAboveItsSynonym() {
        #expect(urls("оценки") == ["/55/grades/", "/55/marks/"])
        #expect(urls("отметки") == ["/55/marks/", "/55/grades/"])
        let grades = SynonymExpansionTests.index.search("оценки")
        #expect(grades[1].score < grades[0].score)
    }

    @Test func aPhraseMatchesASentenceThatHoldsAllItsWords() {
        // «учётная запись» in one sentence of /55/account/; /55/apart/ has the two words in
        // different entries, /55/bank/ only «запись».
        #expect(urls("учётка") == ["/55/account/"])
        // And the other way: the phrase in the query adds «учётка» to both its words, which
        // still match on their own.
        let concepts = SynonymExpansionTests.index.concepts(for: SearchQuery("учетная запись"))
        #expect(concepts.map { $0.alternatives.map(\.stems) } == [[["учетн"], ["учетк"]], [["запис"], ["учетк"]]])
    }

    @Test func aPhraseWithNotNeedsTheNotInTheQuery() {
        #expect(urls("не пускает") == ["/55/fails/"])
        #expect(urls("меня не пускает") == ["/55/fails/"])
        // «пускает» without «не» is not «не пускает»: nothing to find.
        #expect(urls("пускает").isEmpty)
        // In any order: «войти не получается» is the group's «не получается войти».
        let expanded = SynonymExpansionTests.index.concepts(for: SearchQuery("войти не получается"))
        #expect(expanded.contains { $0.alternatives.contains(SearchConcept.Alternative(stems: ["пуска"], weight: BM25F.synonymWeight)) })
    }

    @Test func aMisspeltWordFindsItsSynonyms() {
        // «тинькоф» is in neither the articles nor the table; one letter away from «тинькофф».
        #expect(urls("тинькоф") == ["/55/bank/"])
        #expect(urls("иностранеч") == ["/55/foreign/"])
    }

    @Test func theIndexJSONCarriesTheGroups() throws {
        let decoded = try SearchIndex(json: SynonymExpansionTests.index.jsonData())
        #expect(decoded.synonyms == SynonymExpansionTests.synonyms)
        for query in ["учётка", "не пускает", "сбербанк", "оценки"] {
            #expect(decoded.search(query) == SynonymExpansionTests.index.search(query), "\(query)")
        }
    }

    @Test func theTableStemsAsTheQueryDoes() {
        #expect(SynonymExpansionTests.synonyms.groups[2] == [["учетк"], ["учетн", "запис"]])
        #expect(SynonymExpansionTests.synonyms.groups[3] == [["не", "пуска"], ["не", "получа", "войт"]])
        // A group left with one member, or a member of stop words only, is dropped.
        #expect(SynonymTable(wordGroups: [["дети", "детей"], ["не", "без"]]).groups.isEmpty)
    }
}
