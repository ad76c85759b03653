/// One request from a web server's access log in nginx's default `combined` format:
///
/// `$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"`
///
/// Only what the report needs is kept: the day, the method, the address asked for, the
/// status and the user agent (to leave crawlers out). The client's address and user name are
/// skipped while reading and never stored.
public struct AccessLogLine: Equatable, Sendable {
    /// `YYYYMMDD` as a number, for date ranges.
    public var day: Int
    public var method: String
    /// The request target: path and query, still percent-encoded.
    public var target: String
    public var status: Int
    public var userAgent: String

    static let months: [[UInt8]: Int] = [
        Array("Jan".utf8): 1, Array("Feb".utf8): 2, Array("Mar".utf8): 3, Array("Apr".utf8): 4,
        Array("May".utf8): 5, Array("Jun".utf8): 6, Array("Jul".utf8): 7, Array("Aug".utf8): 8,
        Array("Sep".utf8): 9, Array("Oct".utf8): 10, Array("Nov".utf8): 11, Array("Dec".utf8): 12,
    ]

    /// Reads one line (without its newline); `nil` when it is not in the combined format.
    public init?(_ line: ArraySlice<UInt8>) {
        var cursor = line.startIndex
        let end = line.endIndex
        // The client's address and user: skipped, up to the time's opening bracket.
        while cursor < end, line[cursor] != UInt8(ascii: "[") { cursor += 1 }
        guard cursor + 21 < end else { return nil }
        // [08/Dec/2026:10:00:00 +0300]
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                let byte = line[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let dayOfMonth = number(cursor + 1, 2), let year = number(cursor + 8, 4),
              let month = Self.months[Array(line[(cursor + 4)..<(cursor + 7)])]
        else { return nil }
        day = year * 10000 + month * 100 + dayOfMonth
        while cursor < end, line[cursor] != UInt8(ascii: "]") { cursor += 1 }
        guard let request = Self.quoted(line, after: &cursor) else { return nil }
        // "GET /55/search/?q=... HTTP/1.1"
        let parts = request.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return nil }
        method = String(decoding: parts[0], as: UTF8.self)
        target = String(decoding: parts[1], as: UTF8.self)
        // Status, then bytes sent.
        while cursor < end, line[cursor] == UInt8(ascii: " ") { cursor += 1 }
        guard cursor + 3 <= end, let status = number(cursor, 3) else { return nil }
        self.status = status
        cursor += 3
        guard Self.quoted(line, after: &cursor) != nil, let agent = Self.quoted(line, after: &cursor) else { return nil }
        userAgent = String(decoding: agent, as: UTF8.self)
    }

    /// The next `"…"` field after `cursor`; nginx writes a `"` inside one as `\x22`.
    static func quoted(_ line: ArraySlice<UInt8>, after cursor: inout Int) -> ArraySlice<UInt8>? {
        let end = line.endIndex
        while cursor < end, line[cursor] != UInt8(ascii: "\"") { cursor += 1 }
        guard cursor < end else { return nil }
        let start = cursor + 1
        var index = start
        while index < end, line[index] != UInt8(ascii: "\"") {
            index += line[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard index < end else { return nil }
        cursor = index + 1
        return line[start..<index]
    }
}
