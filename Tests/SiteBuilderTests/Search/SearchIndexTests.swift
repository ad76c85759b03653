import Foundation
import XCTest
@testable import SiteBuilder

final class SearchIndexTests: XCTestCase {
    static let documents = [
        SearchDocument(url: "/55/b/", title: "Вход через Госуслуги", sentences: [
            .summary("Нажмите «Войти через Госуслуги»."), "", .heading("Регион"), "Выберите регион.",
        ]),
        SearchDocument(url: "/55/a/", title: "СНИЛС", sentences: ["СНИЛС \"нужен\" для входа\\."]),
    ]

    static let synonyms = SynonymTable(wordGroups: [["СНИЛС", "страховое свидетельство"], ["не пускает", "не входит"]])

    /// The stop words as the JSON lists them.
    static let stopWordsJSON = SearchQuery.stopWords.sorted(by: SearchIndex.scalarOrder).map { "\"\($0)\"" }.joined(separator: ",")

    func testJSONFormat() {
        let json = SearchIndex(documents: SearchIndexTests.documents, synonyms: SearchIndexTests.synonyms).json()
        // Documents in URL order, empty sentences dropped, a letter per sentence for its field;
        // entry ids 0–1 for /55/a/ and 2–5 for /55/b/; stems sorted; postings delta-encoded;
        // synonyms stemmed, stop words kept as they are.
        XCTAssertEqual(json, #"""
        {"docs":[["/55/a/","СНИЛС",["СНИЛС \"нужен\" для входа\\."],"t"],["/55/b/","Вход через Госуслуги",["Нажмите «Войти через Госуслуги».","Регион","Выберите регион."],"sht"]],"ranking":{"b":0.75,"cutoffDivisor":5,"fieldWeights":[3.0,2.0,1.5,1.0],"k1":1.2,"presenceWeights":[2.0,1.0,0.0,0.0],"synonymWeight":0.6,"weakScore":1000000},"stems":{"войт":[3],"вход":[1,1],"выбер":[5],"госуслуг":[2,1],"нажм":[3],"нуж":[1],"регион":[4,1],"снилс":[0,1],"через":[2,1]},"stopWords":[
        """# + SearchIndexTests.stopWordsJSON + #"""
        ],"synonyms":[[["снилс"],["страхов","свидетельств"]],[["не","пуска"],["не","вход"]]],"version":4}
        """#)
    }

    func testBuildingTwiceGivesIdenticalBytesWhateverTheOrder() {
        let a = SearchIndex(documents: SearchIndexTests.documents).jsonData()
        let b = SearchIndex(documents: SearchIndexTests.documents.reversed()).jsonData()
        XCTAssertEqual(a, b)
    }

    func testJSONRoundTrip() throws {
        let index = SearchIndex(documents: SearchIndexTests.documents, synonyms: SearchIndexTests.synonyms)
        let decoded = try SearchIndex(json: index.jsonData())
        XCTAssertEqual(decoded, index)
        XCTAssertEqual(decoded.search("снилс"), index.search("снилс"))
        XCTAssertEqual(decoded.documents[1].sentences.map(\.field), [.summary, .heading, .text])
    }

    func testMalformedJSONIsAnErrorNotACrash() {
        let ranking = #""ranking":"# + SearchIndex.rankingJSON + ","
        let stop = ranking + #""stopWords":["# + SearchIndexTests.stopWordsJSON + "]"
        for bad in ["[]",
                    #"{"version":2,"docs":[],"stems":{},"synonyms":[],"# + stop + "}",
                    #"{"version":4,"docs":[["/a/","T",[]]],"stems":{},"synonyms":[],"stopWords":[]}"#,
                    #"{"version":4,"docs":[["/a/"]],"stems":{},"synonyms":[],"# + stop + "}",
                    #"{"version":4,"docs":[["/a/","T",["S"],""]],"stems":{},"synonyms":[],"# + stop + "}",
                    #"{"version":4,"docs":[["/a/","T",["S"],"x"]],"stems":{},"synonyms":[],"# + stop + "}",
                    #"{"version":4,"docs":[["/a/","T",[],""]],"stems":{"x":[0,0]},"synonyms":[],"# + stop + "}",
                    #"{"version":4,"docs":[["/a/","T",[],""]],"stems":{"x":[5]},"synonyms":[],"# + stop + "}",
                    #"{"version":4,"docs":[["/a/","T",[],""]],"stems":{},"synonyms":[[["a"]]],"# + stop + "}",
                    #"{"version":4,"docs":[["/a/","T",[],""]],"stems":{},"# + stop + "}",
                    // Another build's constants, or none: the index would rank otherwise.
                    #"{"version":4,"docs":[["/a/","T",[],""]],"stems":{},"synonyms":[],"stopWords":["# + SearchIndexTests.stopWordsJSON + "]}",
                    #"{"version":4,"docs":[["/a/","T",[],""]],"stems":{},"synonyms":[],"# + stop.replacingOccurrences(of: #""k1":1.2"#, with: #""k1":1.5"#) + "}",
                    #"{"version":4,"docs":[["/a/","T",[],""]],"stems":{},"synonyms":[],"# + stop.replacingOccurrences(of: #"[2.0,1.0,0.0,0.0]"#, with: #"[0.0,0.0,0.0,0.0]"#) + "}"] {
            XCTAssertThrowsError(try SearchIndex(json: Data(bad.utf8)), bad)
        }
        let good = #"{"version":4,"docs":[["/a/","T",[],""]],"stems":{},"synonyms":[],"# + stop + "}"
        XCTAssertNoThrow(try SearchIndex(json: Data(good.utf8)))
    }

    func testControlCharactersAreEscaped() {
        var out: [UInt8] = []
        SearchIndex.appendJSONString("a\u{1}\u{1F}\n\"\\ё", to: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), #""a\u0001\u001f\n\"\\ё""#)
    }
}
