/// One HTTP/1.x request head, as the client sent it.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The request target as sent: `/55/?q=1`, or an absolute `http://host/55/`.
    public var target: String
    /// `1` for HTTP/1.1, `0` for HTTP/1.0.
    public var minorVersion: Int
    /// Header fields in order, names as sent.
    public var headers: [(name: String, value: String)]

    public init(method: String, target: String, minorVersion: Int = 1, headers: [(name: String, value: String)] = []) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The target's path, still percent-encoded, without the query; for an absolute target
    /// the part after the authority.
    public var rawPath: String {
        var target = Substring(self.target)
        if let scheme = target.range(of: "://"), target.hasPrefix("http") {
            target = target[scheme.upperBound...]
            target = target.firstIndex(of: "/").map { target[$0...] } ?? "/"
        }
        if let query = target.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            target = target[..<query]
        }
        return String(target)
    }

    /// The query with its `?`, or an empty string.
    public var query: String {
        guard let start = target.firstIndex(of: "?") else { return "" }
        return String(target[start...])
    }

    /// Whether the client wants the connection kept open after the response.
    public var keepsAlive: Bool {
        let connection = header("Connection")?.lowercased() ?? ""
        if connection.contains("close") { return false }
        return minorVersion >= 1 || connection.contains("keep-alive")
    }
}
