import Foundation

/// The index as shipped to the browser, one file per region:
///
/// ```json
/// {"docs":[["/55/login-website/","Title",["Sentence one.","Sentence two."]],…],
///  "stems":{"госуслуг":[0,3,1,…],…},
///  "version":1}
/// ```
///
/// - `docs`: `[url, title, [sentence, …]]` in URL order; entry ids are counted through
///   them, one for each title and one for each sentence.
/// - `stems`: stem → the ascending entry ids that contain it, delta-encoded (the first id,
///   then the difference to each next one), which keeps the numbers short.
/// - keys are sorted, there are no floats and no white space, so the same index always gives
///   the same bytes. Text is UTF-8; only `"`, `\` and control characters are escaped.
extension SearchIndex {
    static let formatVersion = 1

    /// The JSON text of the index.
    func json() -> String {
        var out = "{\"docs\":["
        for (d, document) in documents.enumerated() {
            if d > 0 { out += "," }
            out += "["
            SearchIndex.appendJSONString(document.url, to: &out)
            out += ","
            SearchIndex.appendJSONString(document.title, to: &out)
            out += ",["
            for (s, sentence) in document.sentences.enumerated() {
                if s > 0 { out += "," }
                SearchIndex.appendJSONString(sentence, to: &out)
            }
            out += "]]"
        }
        out += "],\"stems\":{"
        for (k, stem) in stems.enumerated() {
            if k > 0 { out += "," }
            SearchIndex.appendJSONString(stem, to: &out)
            out += ":["
            var previous = 0
            for (i, id) in (postings[stem] ?? []).enumerated() {
                if i > 0 { out += "," }
                out += String(id - previous)
                previous = id
            }
            out += "]"
        }
        out += "},\"version\":\(SearchIndex.formatVersion)}"
        return out
    }

    /// The JSON file's bytes.
    func jsonData() -> Data { Data(json().utf8) }

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
        guard let docs = root["docs"] as? [[Any]], let stems = root["stems"] as? [String: [Int]] else {
            throw FormatError(description: "search index lacks docs or stems")
        }
        var documents: [SearchDocument] = []
        for doc in docs {
            guard doc.count == 3, let url = doc[0] as? String, let title = doc[1] as? String,
                  let sentences = doc[2] as? [String]
            else { throw FormatError(description: "search index document is not [url, title, [sentences]]") }
            documents.append(SearchDocument(url: url, title: title, sentences: sentences))
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
        self.init(documents: documents, postings: postings)
    }

    static func appendJSONString(_ string: String, to out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
