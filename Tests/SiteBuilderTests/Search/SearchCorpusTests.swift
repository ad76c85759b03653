import Foundation
import XCTest
@testable import SiteBuilder

/// The indexes of the real site: their size, their determinism, and the fixtures that
/// `scripts/check-search-js.sh` replays in Node to prove the JavaScript search agrees.
///
/// Re-record the fixtures on purpose, after changing the search:
/// `SPRAVKA_RECORD_SEARCH_FIXTURES=1 swift test --filter SearchCorpusTests`.
final class SearchCorpusTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Search")
    static var recording: Bool { ProcessInfo.processInfo.environment["SPRAVKA_RECORD_SEARCH_FIXTURES"] == "1" }

    /// The regions whose indexes are recorded: Omsk (Dnevnik.ru, the most articles) and Moscow
    /// (only the articles about Gosuslugi).
    static let recordedRegions = ["55", "77"]

    func testIndexesAreSmallAndDeterministic() throws {
        for code in BuiltSite.regions {
            let bytes = try BuiltSite.indexJSON(code)
            let index = try SearchIndex(json: bytes)
            XCTAssertEqual(index.jsonData(), bytes, "region \(code): decoding and encoding changes the index")
            let reordered = SearchIndex(documents: index.documents.reversed(), synonyms: index.synonyms)
            XCTAssertEqual(reordered.jsonData(), bytes, "region \(code): the index depends on document order")
            let sentences = index.documents.reduce(0) { $0 + $1.sentences.count }
            print("search index for region \(code): \(index.documents.count) articles, \(sentences) sentences, "
                + "\(index.stems.count) stems, \(index.synonyms.groups.count) synonym groups, \(bytes.count) bytes")
            // A region's index is fetched on a phone, within 100 KB gzipped; gzip -9 makes this
            // JSON about 4.4 times smaller, so 300 KB of it stays well inside.
            XCTAssertLessThan(bytes.count, 300_000)
        }
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

    /// Queries replayed in Node: words, prefixes, layouts, typos, stop words, nothing found,
    /// nothing that fits.
    static let queries = [
        "госуслуги", "госусл", "Госуслугами", "ujcecke;b", "ujceckeub", "втумтшл", "dnevnik",
        "подтверждённая учётная запись", "учетной записи ", "подтвердить", "электронная подпись",
        "снилс", "СНИЛС не совпадает", "снилс паспорт", "вход через госуслуги", "войти в дневник",
        "ребёнок до 14 лет", "14 лет", "МФЦ", "в 13 лет", "сыну 15 лет ", "с 14 лет", "почему не пускает", "vaw", "8-800", "горячая линия", "почта россии",
        "свидетельство о рождении", "загс", "пароль", "забыл пароль", "код привязки", "семья и дети",
        "иностранный гражданин", "администратор школы", "классный руководитель", "выход", "выбрать регион",
        "омск", "мобильное приложение", "несколько детей", "второй родитель", "пасспорт", "госуслгуи",
        "как", "и на в ", "xyzzy", "", "   ", "lytdybr", "cybkc", "ё", "дн", "д",
        // Nothing fits: the answer is weak and the page offers other help.
        "оплата питания", "расписание уроков", "домашнее задание не видно", "школьная столовая",
    ]

    static func scalarSorted(_ words: Set<String>) -> [String] { words.sorted(by: SearchIndex.scalarOrder) }

    func testFixturesForTheJavaScriptSearch() throws {
        let folder = SearchCorpusTests.fixtures
        if SearchCorpusTests.recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var words = Set(SearchCorpusTests.extraWords)
            var indexes: [String: SearchIndex] = [:]
            for code in SearchCorpusTests.recordedRegions {
                let bytes = try BuiltSite.indexJSON(code)
                try bytes.write(to: folder.appendingPathComponent("search-index-\(code).json"))
                let index = try SearchIndex(json: bytes)
                indexes[code] = index
                for document in index.documents {
                    for entry in [document.title] + document.sentences.map(\.text) { words.formUnion(Tokenizer.words(in: entry)) }
                }
            }
            // More real Russian from the seed documents and region names, when they are beside
            // the repository (they are only read while recording).
            words.formUnion(SearchCorpusTests.sharedWords())
            var tsv = "# word\tsnowball stem\tsearch stem (scripts/check-search-js.sh; re-record: see SearchCorpusTests)\n"
            for word in SearchCorpusTests.scalarSorted(words) {
                tsv += "\(word)\t\(RussianStemmer.snowballStem(word))\t\(RussianStemmer.stem(word))\n"
            }
            try Data(tsv.utf8).write(to: folder.appendingPathComponent("stems.tsv"))
            try cases(indexes: indexes).write(to: folder.appendingPathComponent("search-cases.json"))
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
        // The indexes decode and encode to the same bytes; the cases give the same answers.
        var indexes: [String: SearchIndex] = [:]
        for code in SearchCorpusTests.recordedRegions {
            let bytes = try Data(contentsOf: folder.appendingPathComponent("search-index-\(code).json"))
            let index = try SearchIndex(json: bytes)
            XCTAssertEqual(index.jsonData(), bytes)
            indexes[code] = index
        }
        let recorded = try Data(contentsOf: folder.appendingPathComponent("search-cases.json"))
        XCTAssertEqual(String(decoding: try cases(indexes: indexes), as: UTF8.self), String(decoding: recorded, as: UTF8.self))
    }

    static func sharedWords() -> Set<String> {
        let shared = BuiltSite.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
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

    /// The queries replayed on the index of region `code`: the fixed ones (Omsk only), the
    /// parents' query set, the real wording (its region only), and, for Omsk, every article's
    /// title whole and half-typed.
    static func queries(for code: String, index: SearchIndex) throws -> [String] {
        var queries = code == "55" ? SearchCorpusTests.queries : []
        queries += try ParentQuery.all().filter { $0.region == code }.map(\.text)
        if code == RealQuery.region { queries += try RealQuery.all().map(\.text) }
        if code == "55" {
            for document in index.documents {
                queries.append(document.title)
                let scalars = Array(document.title.unicodeScalars)
                var half = String.UnicodeScalarView()
                half.append(contentsOf: scalars.prefix(scalars.count / 2))
                queries.append(String(half))
            }
        }
        return queries
    }

    /// Tokenizer, layout and query cases with the Swift side's answers, as JSON. A query's
    /// answer is the text searched, whether it is weak, how many results, and the first ten
    /// as "url #n score": n is the index of the shown sentence in the document, the score in
    /// millionths.
    func cases(indexes: [String: SearchIndex]) throws -> Data {
        let texts = SearchCorpusTests.queries + [
            "Учётная запись на Госуслугах, ЁЖИК!", "онлайн-банк", "8-800-381-1234", "за\u{301}мок",
            "госус\u{AD}луги", "и\u{306}од", "Дневник.ру (dnevnik.ru)", "«Семья и дети»—раздел", "14–17 лет",
            "`;',.[]~:\"<>{}", "ЁЖЭБЮХЪ ёжэбюхъ", "ΣΑΣ İstanbul ǅ",
        ]
        let tokens = texts.map { ["text": $0, "words": Tokenizer.words(in: $0), "endsInWord": Tokenizer.endsInWord($0)] as [String: Any] }
        let layout = texts.map { ["text": $0, "cyrillic": KeyboardLayout.toCyrillic($0), "latin": KeyboardLayout.toLatin($0)] }
        var queries: [[String: Any]] = []
        for code in SearchCorpusTests.recordedRegions {
            guard let index = indexes[code] else { continue }
            for q in try SearchCorpusTests.queries(for: code, index: index) {
                let response = index.respond(to: q)
                let results = response.results.prefix(10).map { result -> String in
                    let sentences = index.documents.first { $0.url == result.url }?.sentences.map(\.text) ?? []
                    return "\(result.url) #\(sentences.firstIndex(of: result.sentence) ?? -1) \(result.score)"
                }
                queries.append(["region": code, "q": q, "query": response.query, "weak": response.isWeak,
                                "count": response.results.count, "results": Array(results)])
            }
        }
        let object: [String: Any] = ["tokens": tokens, "layout": layout, "queries": queries]
        var data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
