import Diagnosis
import Foundation
import Gzip

/// What people did on the help site, counted from its access logs: searches, the articles a
/// search led to, article visits, votes, the wizard's and the console's use, addresses not
/// found. Crawlers are left out. Nothing that could identify a person is kept: no address, no
/// user agent, and every query or address with what looks like a SNILS, phone or passport
/// number masked (``PersonalDataMask``) before it is counted.
public struct AccessLogStatistics: Sendable {
    /// Which requests to count: the call log's filter (a period `YYYY-MM-DD`, both ends
    /// included, and a region).
    public typealias Filter = CallStatistics.Filter

    public struct SearchKey: Hashable, Sendable, Comparable {
        public var region: String
        /// Lower case, spaces collapsed, personal numbers masked.
        public var query: String

        public static func < (a: SearchKey, b: SearchKey) -> Bool { (a.region, a.query) < (b.region, b.query) }
    }

    public struct ArticleKey: Hashable, Sendable, Comparable {
        public var region: String
        public var article: String

        public static func < (a: ArticleKey, b: ArticleKey) -> Bool { (a.region, a.article) < (b.region, b.article) }
    }

    public let filter: Filter
    /// The period's ends as `YYYYMMDD`, worked out once rather than for every line.
    let fromDay: Int?
    let toDay: Int?
    /// Requests of people counted (in the period and region).
    public private(set) var requests = 0
    /// Requests of crawlers, not counted.
    public private(set) var crawlerRequests = 0
    /// Lines not in the combined format: by file, the first few line numbers, and the count.
    public fileprivate(set) var unreadable: [(path: String, lines: [Int], count: Int)] = []
    public private(set) var firstDay: Int?
    public private(set) var lastDay: Int?
    public private(set) var searches: [SearchKey: Int] = [:]
    /// Articles opened from a search result: the query and the article.
    public private(set) var searchClicks: [SearchKey: [String: Int]] = [:]
    public private(set) var articleVisits: [ArticleKey: Int] = [:]
    public private(set) var votes: [ArticleKey: (yes: Int, no: Int)] = [:]
    public private(set) var wizardVisits: [String: Int] = [:]
    public private(set) var consoleVisits = 0
    /// Addresses answered 404, their query dropped and numbers masked.
    public private(set) var notFound: [String: Int] = [:]

    public init(filter: Filter = Filter()) {
        self.filter = filter
        fromDay = filter.from.flatMap(Self.day)
        toDay = filter.to.flatMap(Self.day)
    }

    static func day(_ text: String) -> Int? {
        Int(text.replacingOccurrences(of: "-", with: ""))
    }

    /// Reads one log file held in memory (plain, or gzipped: gzip's magic bytes).
    public mutating func read(_ bytes: [UInt8], path: String) throws(GzipError) {
        let text = Gzip.isGzip(bytes) ? try Gzip.decompress(bytes) : bytes
        var reader = LineReader(path: path)
        let rest = reader.lines(in: text[...], into: &self)
        reader.finish(rest, into: &self)
    }

    /// Reads the log file at `path`: a plain one a piece at a time (its size does not matter), a
    /// gzipped one whole. `nil` when the file cannot be opened.
    public mutating func read(file path: String) throws(GzipError) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = Array((try? handle.read(upToCount: 2)) ?? Data())
        if Gzip.isGzip(head) {
            let rest = Array((try? handle.readToEnd()) ?? Data())
            try read(head + rest, path: path)
            return true
        }
        var reader = LineReader(path: path)
        var carried = head
        while let chunk = try? handle.read(upToCount: 1 << 22), !chunk.isEmpty {
            carried += chunk
            carried = Array(reader.lines(in: carried[...], into: &self))
        }
        reader.finish(carried[...], into: &self)
        return true
    }

    /// Splits text into lines, counting the requests and the lines that are not requests.
    private struct LineReader {
        let path: String
        var problems: [Int] = []
        var problemCount = 0
        var lineNumber = 0

        /// Counts every whole line of `text`; returns what follows the last newline.
        mutating func lines(in text: ArraySlice<UInt8>, into statistics: inout AccessLogStatistics) -> ArraySlice<UInt8> {
            var start = text.startIndex
            while let end = text[start...].firstIndex(of: 0x0A) {
                take(text[start..<end], into: &statistics)
                start = end + 1
            }
            return text[start...]
        }

        /// The last line, which has no newline, and the lines that were not requests.
        mutating func finish(_ rest: ArraySlice<UInt8>, into statistics: inout AccessLogStatistics) {
            if !rest.isEmpty { take(rest, into: &statistics) }
            if problemCount > 0 { statistics.unreadable.append((path, problems, problemCount)) }
        }

        private mutating func take(_ text: ArraySlice<UInt8>, into statistics: inout AccessLogStatistics) {
            lineNumber += 1
            var line = text
            if line.last == 0x0D { line = line.dropLast() }
            guard !line.isEmpty else { return }
            if let entry = AccessLogLine(line) {
                statistics.add(entry)
            } else {
                problemCount += 1
                if problems.count < 5 { problems.append(lineNumber) }
            }
        }
    }

    /// Counts one request.
    public mutating func add(_ line: AccessLogLine) {
        if let from = fromDay, line.day < from { return }
        if let to = toDay, line.day > to { return }
        guard line.method == "GET" || line.method == "HEAD" else { return }
        if isCrawler(line.userAgent) {
            crawlerRequests += 1
            return
        }
        let address = siteAddress(line.target)
        if let region = filter.region, (SiteAddress.regionCode(of: line.target) ?? address.consoleRegion) != region { return }
        requests += 1
        firstDay = min(firstDay ?? line.day, line.day)
        lastDay = max(lastDay ?? line.day, line.day)
        if line.status == 404 {
            let path = SiteAddress.split(line.target).path
            notFound[PersonalDataMask.mask(path), default: 0] += 1
            return
        }
        guard (200..<400).contains(line.status) else { return }
        switch address {
        case .search(let region, let query):
            let normalized = Self.normalize(query)
            if !normalized.isEmpty { searches[SearchKey(region: region, query: normalized), default: 0] += 1 }
        case .article(let region, let id, let query):
            articleVisits[ArticleKey(region: region, article: id), default: 0] += 1
            if let query {
                let normalized = Self.normalize(query)
                if !normalized.isEmpty { searchClicks[SearchKey(region: region, query: normalized), default: [:]][id, default: 0] += 1 }
            }
        case .vote(let region, let article, let helped):
            var count = votes[ArticleKey(region: region, article: article)] ?? (0, 0)
            if helped { count.yes += 1 } else { count.no += 1 }
            votes[ArticleKey(region: region, article: article)] = count
        case .wizard(let region):
            wizardVisits[region, default: 0] += 1
        case .console:
            consoleVisits += 1
        case .other:
            break
        }
    }

    // A log repeats its user agents and many of its addresses: each is read once.
    private var crawlers: [String: Bool] = [:]
    private var addresses: [String: SiteAddress] = [:]
    private static let remembered = 200_000

    private mutating func isCrawler(_ userAgent: String) -> Bool {
        if let known = crawlers[userAgent] { return known }
        let verdict = Crawlers.isCrawler(userAgent)
        if crawlers.count < Self.remembered { crawlers[userAgent] = verdict }
        return verdict
    }

    private mutating func siteAddress(_ target: String) -> SiteAddress {
        if let known = addresses[target] { return known }
        let address = SiteAddress(target: target)
        if addresses.count < Self.remembered { addresses[target] = address }
        return address
    }

    /// A query as it is counted: lower case, spaces collapsed, personal numbers masked.
    public static func normalize(_ query: String) -> String {
        let words = query.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return PersonalDataMask.mask(words)
    }
}

extension SiteAddress {
    /// The region a console was opened for (`/operator/?region=55`).
    var consoleRegion: String? {
        if case .console(let region) = self { return region }
        return nil
    }

    /// The region a request belongs to: the two digits its path starts with.
    static func regionCode(of target: String) -> String? {
        let path = target.utf8.prefix { $0 != UInt8(ascii: "?") }
        let bytes = Array(path.prefix(4))
        guard bytes.count == 4, bytes[0] == UInt8(ascii: "/"), bytes[3] == UInt8(ascii: "/"),
              (0x30...0x39).contains(bytes[1]), (0x30...0x39).contains(bytes[2]) else { return nil }
        return String(decoding: bytes[1...2], as: UTF8.self)
    }
}
