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

    // MARK: Fixtures for scripts/check-search-js.sh

    /// Words for the stem fixture besides the corpus's own: Snowball's sample vocabulary,
    /// every ending class, ё, and words without Russian vowels.
    static let extraWords = """
        вагон вагона вагоне вагонов вагоном вагоны важная важнее важнейшие важнейшими важничаешь
        важно важного важное важной важном важному важную важный важным важных вазах вазы вакса вал
        валандался валентина валериановых валерию валетами вали валил валился валится валить
        вальдшнепа вальс вальса вальсе вальсишку вальтера валяется валялась валялись валялось
        валялся валять валяются сделав сделавши сделавшись прочитав заполнив открывшись читающий
        говорящий работающих связывающимися лёгкость красивейший длиннейший длинный длинная
        организованность сложность стройте читайте смотрите уйти ёлка всё ребёнок подтверждённая
        запись записи подпись подписью надпись dnevnik esia gosuslugi 2024 мфц снилс в я он ь ъ
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Queries replayed in Node: words, prefixes, layouts, typos, stop words, nothing found.
    static let queries = [
        "госуслуги", "госусл", "Госуслугами", "ujcecke;b", "ujceckeub", "втумтшл", "dnevnik",
        "подтверждённая учётная запись", "учетной записи ", "подтвердить", "электронная подпись",
        "снилс", "СНИЛС не совпадает", "снилс паспорт", "вход через госуслуги", "войти в дневник",
        "ребёнок до 14 лет", "14 лет", "МФЦ", "vaw", "8-800", "горячая линия", "почта россии",
        "свидетельство о рождении", "загс", "пароль", "забыл пароль", "код привязки", "семья и дети",
        "иностранный гражданин", "администратор школы", "классный руководитель", "выход", "выбрать регион",
        "омск", "мобильное приложение", "несколько детей", "второй родитель", "пасспорт", "госуслгуи",
        "как", "и на в ", "xyzzy", "", "   ", "lytdybr", "cybkc", "ё", "дн", "д",
    ]

    static func scalarSorted(_ words: Set<String>) -> [String] { words.sorted(by: SearchIndex.scalarOrder) }

    func testFixturesForTheJavaScriptSearch() throws {
        let folder = SearchCorpusTests.fixtures
        if SearchCorpusTests.recording {
            let documents = try ArticleCorpus.omskDocuments()
            XCTAssertFalse(documents.isEmpty)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var words = Set(SearchCorpusTests.extraWords)
            for document in documents {
                for entry in [document.title] + document.sentences { words.formUnion(Tokenizer.words(in: entry)) }
            }
            // More real Russian from the seed documents and region names, when they are beside
            // the repository (they are only read while recording).
            words.formUnion(SearchCorpusTests.sharedWords())
            var tsv = "# word\tsnowball stem\tsearch stem (scripts/check-search-js.sh; re-record: see SearchCorpusTests)\n"
            for word in SearchCorpusTests.scalarSorted(words) {
                tsv += "\(word)\t\(RussianStemmer.snowballStem(word))\t\(RussianStemmer.stem(word))\n"
            }
            try Data(tsv.utf8).write(to: folder.appendingPathComponent("stems.tsv"))
            let index = SearchIndex(documents: documents)
            try index.jsonData().write(to: folder.appendingPathComponent("search-index.json"))
            try cases(index: index).write(to: folder.appendingPathComponent("search-cases.json"))
        }
        // Stems: every word, both functions.
        let tsv = try String(contentsOf: folder.appendingPathComponent("stems.tsv"), encoding: .utf8)
        var checked = 0
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(fields.count, 3, String(line))
            guard fields.count == 3 else { continue }
            XCTAssertEqual(RussianStemmer.snowballStem(fields[0]), fields[1], fields[0])
            XCTAssertEqual(RussianStemmer.stem(fields[0]), fields[2], fields[0])
            checked += 1
        }
        XCTAssertGreaterThan(checked, 2000)
        // The index decodes and encodes to the same bytes; the cases give the same answers.
        let bytes = try Data(contentsOf: folder.appendingPathComponent("search-index.json"))
        let index = try SearchIndex(json: bytes)
        XCTAssertEqual(index.jsonData(), bytes)
        let recorded = try Data(contentsOf: folder.appendingPathComponent("search-cases.json"))
        XCTAssertEqual(String(decoding: try cases(index: index), as: UTF8.self), String(decoding: recorded, as: UTF8.self))
    }

    static func sharedWords() -> Set<String> {
        let shared = ArticleCorpus.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        var files = [shared.appendingPathComponent("data/regions.csv")]
        let seeds = shared.appendingPathComponent("seeds")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).sorted() {
            files.append(seeds.appendingPathComponent(name))
        }
        var words = Set<String>()
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            words.formUnion(Tokenizer.words(in: text).filter { $0.unicodeScalars.count <= 40 })
        }
        return words
    }

    /// Tokenizer, layout and query cases with the Swift side's answers, as JSON.
    func cases(index: SearchIndex) throws -> Data {
        let texts = SearchCorpusTests.queries + [
            "Учётная запись на Госуслугах, ЁЖИК!", "онлайн-банк", "8-800-381-1234", "за\u{301}мок",
            "госус\u{AD}луги", "и\u{306}од", "Дневник.ру (dnevnik.ru)", "«Семья и дети»—раздел", "14–17 лет",
            "`;',.[]~:\"<>{}", "ЁЖЭБЮХЪ ёжэбюхъ", "ΣΑΣ İstanbul ǅ",
        ]
        let tokens = texts.map { ["text": $0, "words": Tokenizer.words(in: $0), "endsInWord": Tokenizer.endsInWord($0)] as [String: Any] }
        let layout = texts.map { ["text": $0, "cyrillic": KeyboardLayout.toCyrillic($0), "latin": KeyboardLayout.toLatin($0)] }
        let queries = SearchCorpusTests.queries.map { q -> [String: Any] in
            let response = index.respond(to: q)
            // A result as "url #n": n is the index of the shown sentence in the document.
            let results = response.results.map { result -> String in
                let sentences = index.documents.first { $0.url == result.url }?.sentences ?? []
                return "\(result.url) #\(sentences.firstIndex(of: result.sentence) ?? -1)"
            }
            return ["q": q, "query": response.query, "results": results]
        }
        let object: [String: Any] = ["tokens": tokens, "layout": layout, "queries": queries]
        var data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
