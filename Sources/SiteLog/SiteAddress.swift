/// What a request to the help site was, from its address (`/55/search/?q=…`): the site's
/// layout, as `spravka build` writes it.
enum SiteAddress: Equatable {
    /// `/NN/search/?q=…`: a search submitted (by the form, or typed in the address).
    case search(region: String, query: String)
    /// `/NN/ID/`, with `q` when a search result led there.
    case article(region: String, id: String, query: String?)
    /// `/NN/vote/yes/?a=ID` or `/NN/vote/no/?a=ID`: «Помогла ли статья?».
    case vote(region: String, article: String, helped: Bool)
    /// `/NN/diagnose/`: the parents' wizard.
    case wizard(region: String)
    /// `/operator/`: the operators' console, with the region its address names, if any.
    case console(region: String?)
    /// Anything else (the region's home, the leaflet, theme files, …).
    case other

    /// Addresses under a region that are pages of the site, not articles.
    static let regionPages: Set<String> = ["search", "diagnose", "leaflet", "vote"]

    init(target: String) {
        let (path, query) = Self.split(target)
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts == ["operator"] {
            let region = query["region"].flatMap { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } ? $0 : nil }
            self = .console(region: region)
            return
        }
        guard let region = parts.first, region.count == 2, region.allSatisfy(\.isASCII), region.allSatisfy(\.isNumber) else {
            self = .other
            return
        }
        switch parts.count {
        case 2 where parts[1] == "search":
            self = .search(region: region, query: query["q"] ?? "")
        case 2 where parts[1] == "diagnose":
            self = .wizard(region: region)
        case 3 where parts[1] == "vote" && (parts[2] == "yes" || parts[2] == "no"):
            guard let article = query["a"], Self.isArticleID(article) else { self = .other; return }
            self = .vote(region: region, article: article, helped: parts[2] == "yes")
        case 2 where !Self.regionPages.contains(parts[1]) && Self.isArticleID(parts[1]):
            let searched = query["q"].flatMap { $0.isEmpty ? nil : $0 }
            self = .article(region: region, id: parts[1], query: searched)
        default:
            self = .other
        }
    }

    /// Article ids as the knowledge base allows them: lower-case Latin letters, digits, dashes.
    static func isArticleID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// The decoded path and the query's parameters (the first value of each name).
    static func split(_ target: String) -> (path: String, query: [String: String]) {
        guard let mark = target.firstIndex(of: "?") else { return (PercentDecoding.decode(target, plusIsSpace: false), [:]) }
        var parameters: [String: String] = [:]
        for pair in target[target.index(after: mark)...].split(separator: "&") {
            let pieces = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentDecoding.decode(String(pieces[0]), plusIsSpace: true)
            if parameters[name] == nil {
                parameters[name] = pieces.count > 1 ? PercentDecoding.decode(String(pieces[1]), plusIsSpace: true) : ""
            }
        }
        return (PercentDecoding.decode(String(target[..<mark]), plusIsSpace: false), parameters)
    }
}

/// `%D1%81` → `с`; `+` → space in a query. Bytes that do not form UTF-8 become U+FFFD.
enum PercentDecoding {
    static func decode(_ text: String, plusIsSpace: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let high = hex(iterator[iterator.startIndex]), let low = hex(iterator[iterator.startIndex + 1]) {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else if byte == UInt8(ascii: "+"), plusIsSpace {
                bytes.append(UInt8(ascii: " "))
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
