import Foundation
import XCTest
@testable import SiteBuilder

/// The index over the real articles: its size, its determinism, and the fixtures that
/// `scripts/check-search-js.sh` replays in Node to prove the JavaScript search agrees.
///
/// Re-record the fixtures on purpose, after changing the search:
/// `SPRAVKA_RECORD_SEARCH_FIXTURES=1 swift test --filter SearchCorpusTests`.
final class SearchCorpusTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Search")
    static var recording: Bool { ProcessInfo.processInfo.environment["SPRAVKA_RECORD_SEARCH_FIXTURES"] == "1" }

    func testOmskIndexIsSmallAndDeterministic() throws {
        let documents = try ArticleCorpus.omskDocuments()
        try XCTSkipIf(documents.isEmpty, "no articles in this checkout")
        let first = SearchIndex(documents: documents).jsonData()
        let second = SearchIndex(documents: documents.reversed()).jsonData()
        XCTAssertEqual(first, second, "the index depends on document order")
        let sentences = documents.reduce(0) { $0 + $1.sentences.count }
        let text = documents.reduce(0) { $0 + $1.title.utf8.count + $1.sentences.reduce(0) { $0 + $1.utf8.count } }
        let index = SearchIndex(documents: documents)
        print("search index for region 55: \(documents.count) articles, \(sentences) sentences, "
            + "\(index.stems.count) stems, \(first.count) bytes (text alone \(text) bytes)")
        // A region's index is fetched on a phone: keep it well under a few hundred KB.
        XCTAssertLessThan(first.count, 400_000)
        XCTAssertEqual(try SearchIndex(json: first), index)
    }
}
