import Foundation

/// The index as shipped to the browser, one file per region:
///
/// ```json
/// {"docs":[["/55/login-website/","Title",["Summary.","Heading","Sentence."],"sht"],…],
///  "ranking":{"b":0.75,"cutoffDivisor":5,"fieldWeights":[3.0,2.0,1.5,1.0],"k1":1.2,
///             "presenceWeights":[2.0,1.0,0.0,0.0],"synonymWeight":0.6,"weakScore":1000000},
///  "stems":{"госуслуг":[0,3,1,…],…},
///  "stopWords":["а","бы",…],
///  "synonyms":[[["ребенок"],["дет"],["сын"]],[["учетк"],["учетн","запис"]],…],
///  "version":4}
/// ```
///
/// - `docs`: `[url, title, [sentence, …], fields]` in URL order; entry ids are counted
///   through them, one for each title and one for each sentence. `fields` has one letter per
///   sentence: `s` summary, `h` heading, `t` text (see `SearchField`).
/// - `ranking`: the constants of the ranking (`BM25F`, `SearchField.weight` and
///   `SearchField.presenceWeight` in field order, `SearchIndex.cutoffDivisor`), written here once so that `site/js/search.js` reads them
///   instead of typing them again; a double is written as Swift prints it (the shortest text
///   that reads back as the same bits), so the browser ranks with the same numbers.
/// - `stems`: stem → the ascending entry ids that contain it, delta-encoded (the first id,
///   then the difference to each next one), which keeps the numbers short. The stems of age
///   groups (`#до14`, `#14-17`, see `AgeBand`) are among them.
/// - `stopWords`: `SearchQuery.stopWords` in scalar order, so that the browser drops the
///   same words.
/// - `synonyms`: the groups of `SynonymTable`, each member a list of stems (stop words as
///   they are, age group stems included).
/// - keys are sorted, the only floats are the ranking's constants, there is no white space, so the same index always gives
///   the same bytes. Text is UTF-8; only `"`, `\` and control characters are escaped.
extension SearchIndex {
    /// Version 3 added `ranking`; version 4 its `presenceWeights`, the age group stems and the
    /// question words among the stop words.
    static let formatVersion = 4

    /// The JSON file's bytes (UTF-8).
    func jsonBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(documents.reduce(4096) { $0 + 64 + $1.sentences.reduce($1.title.utf8.count) { $0 + $1.text.utf8.count + 4 } }
            + postings.count * 16)
        out += Array(#"{"docs":["#.utf8)
        for (d, document) in documents.enumerated() {
            if d > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            SearchIndex.appendJSONString(document.url, to: &out)
            out.append(UInt8(ascii: ","))
            SearchIndex.appendJSONString(document.title, to: &out)
            out += Array(",[".utf8)
            for (s, sentence) in document.sentences.enumerated() {
                if s > 0 { out.append(UInt8(ascii: ",")) }
                SearchIndex.appendJSONString(sentence.text, to: &out)
            }
            out += Array("],".utf8)
            SearchIndex.appendJSONString(String(document.sentences.compactMap(\.field.letter)), to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out += Array(#"],"ranking":"#.utf8) + Array(SearchIndex.rankingJSON.utf8)
        out += Array(#","stems":{"#.utf8)
        for (k, stem) in stems.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            SearchIndex.appendJSONString(stem, to: &out)
            out += Array(":[".utf8)
            var previous = 0
            for (i, id) in (postings[stem] ?? []).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out += Array(String(id - previous).utf8)
                previous = id
            }
            out.append(UInt8(ascii: "]"))
        }
        out += Array(#"},"stopWords":["#.utf8)
        for (k, word) in SearchQuery.stopWords.sorted(by: SearchIndex.scalarOrder).enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            SearchIndex.appendJSONString(word, to: &out)
        }
        out += Array(#"],"synonyms":["#.utf8)
        for (g, group) in synonyms.groups.enumerated() {
            if g > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            for (m, member) in group.enumerated() {
                if m > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                for (k, stem) in member.enumerated() {
                    if k > 0 { out.append(UInt8(ascii: ",")) }
                    SearchIndex.appendJSONString(stem, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out += Array(#"],"version":\#(SearchIndex.formatVersion)}"#.utf8)
        return out
    }

    /// The JSON text of the index.
    func json() -> String { String(decoding: jsonBytes(), as: UTF8.self) }

    /// The JSON file's bytes.
    func jsonData() -> Data { Data(jsonBytes()) }

    /// Why a JSON file is not a search index.
    struct FormatError: Error, Equatable, CustomStringConvertible {
        var description: String
    }

    /// Reads an index written by `json()`.
    init(json data: Data) throws {
        let object = try JSONSerialization.jsonObject(with: data)
        guard let root = object as? [String: Any] else { throw FormatError(description: "search index is not an object") }
        guard let version = root["version"] as? Int, version == SearchIndex.formatVersion else {
            throw FormatError(description: "search index version is not \(SearchIndex.formatVersion)")
        }
        guard let docs = root["docs"] as? [[Any]], let stems = root["stems"] as? [String: [Int]],
              let groups = root["synonyms"] as? [[[String]]]
        else { throw FormatError(description: "search index lacks docs, stems or synonyms") }
        var documents: [SearchDocument] = []
        for doc in docs {
            guard doc.count == 4, let url = doc[0] as? String, let title = doc[1] as? String,
                  let texts = doc[2] as? [String], let letters = doc[3] as? String
            else { throw FormatError(description: "search index document is not [url, title, [sentences], fields]") }
            let fields = letters.compactMap(SearchField.init(letter:))
            guard fields.count == letters.count, fields.count == texts.count else {
                throw FormatError(description: "fields of \(url) are not one of s, h, t per sentence")
            }
            let sentences = zip(texts, fields).map { SearchDocument.Sentence($0, field: $1) }
            documents.append(SearchDocument(url: url, title: title, sentences: sentences))
        }
        guard let ranking = root["ranking"] as? [String: Any], SearchIndex.rankingMatches(ranking) else {
            throw FormatError(description: "search index was ranked with other constants")
        }
        guard let stopWords = root["stopWords"] as? [String], Set(stopWords) == SearchQuery.stopWords else {
            throw FormatError(description: "search index was made with other stop words")
        }
        let synonyms = SynonymTable(groups: groups)
        guard synonyms.groups == groups else {
            throw FormatError(description: "synonym groups must have two distinct, non-empty members or more")
        }
        let entryCount = documents.reduce(0) { $0 + 1 + $1.sentences.count }
        var postings: [String: [Int]] = [:]
        for (stem, deltas) in stems {
            var id = 0
            var ids: [Int] = []
            for (i, delta) in deltas.enumerated() {
                guard delta > 0 || (i == 0 && delta == 0) else {
                    throw FormatError(description: "postings of \(stem) are not ascending")
                }
                id += delta
                guard id < entryCount else { throw FormatError(description: "posting of \(stem) out of range") }
                ids.append(id)
            }
            postings[stem] = ids
        }
        self.init(documents: documents, postings: postings, synonyms: synonyms)
    }

    /// The ranking's constants as JSON, keys sorted.
    static var rankingJSON: String {
        let weights = SearchField.allCases.map { String(describing: $0.weight) }.joined(separator: ",")
        let presence = SearchField.allCases.map { String(describing: $0.presenceWeight) }.joined(separator: ",")
        return #"{"b":\#(BM25F.b),"cutoffDivisor":\#(cutoffDivisor),"fieldWeights":[\#(weights)],"k1":\#(BM25F.k1),"#
            + #""presenceWeights":[\#(presence)],"synonymWeight":\#(BM25F.synonymWeight),"weakScore":\#(BM25F.weakScore)}"#
    }

    /// Whether an index's `ranking` holds this build's constants.
    private static func rankingMatches(_ ranking: [String: Any]) -> Bool {
        ranking["b"] as? Double == BM25F.b && ranking["k1"] as? Double == BM25F.k1
            && ranking["synonymWeight"] as? Double == BM25F.synonymWeight
            && ranking["cutoffDivisor"] as? Int == cutoffDivisor && ranking["weakScore"] as? Int == BM25F.weakScore
            && ranking["fieldWeights"] as? [Double] == SearchField.allCases.map(\.weight)
            && ranking["presenceWeights"] as? [Double] == SearchField.allCases.map(\.presenceWeight)
    }

    static func appendJSONString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Runs that need no escape are copied whole.
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
