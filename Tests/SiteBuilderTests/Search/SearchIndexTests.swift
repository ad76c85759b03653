import Foundation
import XCTest
@testable import SiteBuilder

final class SearchIndexTests: XCTestCase {
    static let documents = [
        SearchDocument(url: "/55/b/", title: "Вход через Госуслуги", sentences: ["Нажмите «Войти через Госуслуги».", "", "Выберите регион."]),
        SearchDocument(url: "/55/a/", title: "СНИЛС", sentences: ["СНИЛС \"нужен\" для входа\\."]),
    ]

    func testJSONFormat() {
        let json = SearchIndex(documents: SearchIndexTests.documents).json()
        // Documents in URL order, empty sentences dropped, entry ids 0–1 for /55/a/ and
        // 2–4 for /55/b/; stems sorted; postings delta-encoded.
        XCTAssertEqual(json, #"""
        {"docs":[["/55/a/","СНИЛС",["СНИЛС \"нужен\" для входа\\."]],["/55/b/","Вход через Госуслуги",["Нажмите «Войти через Госуслуги».","Выберите регион."]]],"stems":{"войт":[3],"вход":[1,1],"выбер":[4],"госуслуг":[2,1],"нажм":[3],"нуж":[1],"регион":[4],"снилс":[0,1],"через":[2,1]},"version":1}
        """#)
    }

    func testBuildingTwiceGivesIdenticalBytesWhateverTheOrder() {
        let a = SearchIndex(documents: SearchIndexTests.documents).jsonData()
        let b = SearchIndex(documents: SearchIndexTests.documents.reversed()).jsonData()
        XCTAssertEqual(a, b)
    }

    func testJSONRoundTrip() throws {
        let index = SearchIndex(documents: SearchIndexTests.documents)
        let decoded = try SearchIndex(json: index.jsonData())
        XCTAssertEqual(decoded, index)
        XCTAssertEqual(decoded.search("снилс"), index.search("снилс"))
    }

    func testMalformedJSONIsAnErrorNotACrash() {
        for bad in ["[]", #"{"version":2,"docs":[],"stems":{}}"#, #"{"version":1,"docs":[["/a/"]],"stems":{}}"#,
                    #"{"version":1,"docs":[["/a/","T",[]]],"stems":{"x":[0,0]}}"#,
                    #"{"version":1,"docs":[["/a/","T",[]]],"stems":{"x":[5]}}"#] {
            XCTAssertThrowsError(try SearchIndex(json: Data(bad.utf8)), bad)
        }
    }

    func testControlCharactersAreEscaped() {
        var out: [UInt8] = []
        SearchIndex.appendJSONString("a\u{1}\u{1F}\n\"\\ё", to: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), #""a\u0001\u001f\n\"\\ё""#)
    }
}
