/// Reads a request head (request line and header fields, RFC 9112 §2–5) out of the bytes
/// received so far, within size limits, so that a client cannot make the server hold an
/// unbounded head in memory.
struct HTTPRequestParser: Sendable {
    /// The longest request line accepted; longer is `414 URI Too Long`.
    var maxRequestLine = 8 * 1024
    /// The most bytes of header fields accepted; more is `431 Request Header Fields Too Large`.
    var maxHeaderBytes = 16 * 1024
    /// The most header fields accepted.
    var maxHeaderCount = 100

    enum Result {
        /// The head is not all here yet.
        case incomplete
        /// A head, and how many bytes of the buffer it took.
        case request(HTTPRequest, consumed: Int)
        /// The head is malformed or too large: answer with this status and close.
        case failure(HTTPStatus)
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    func parse(_ bytes: [UInt8]) -> Result {
        var start = 0
        // A server ignores empty lines before a request line (RFC 9112 §2.2).
        while start < bytes.count, bytes[start] == Self.carriageReturn || bytes[start] == Self.lineFeed {
            start += 1
        }
        guard let requestLineEnd = bytes[start...].firstIndex(of: Self.lineFeed) else {
            return bytes.count - start > maxRequestLine ? .failure(.uriTooLong) : .incomplete
        }
        let requestLine = trimmingCarriageReturn(bytes[start..<requestLineEnd])
        guard requestLine.count <= maxRequestLine else { return .failure(.uriTooLong) }

        var headers: [(name: String, value: String)] = []
        let headerStart = requestLineEnd + 1
        var lineStart = headerStart
        while true {
            guard let lineEnd = bytes[lineStart...].firstIndex(of: Self.lineFeed) else {
                return bytes.count - headerStart > maxHeaderBytes ? .failure(.headersTooLarge) : .incomplete
            }
            guard lineEnd - headerStart <= maxHeaderBytes else { return .failure(.headersTooLarge) }
            let line = trimmingCarriageReturn(bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
            if line.isEmpty { break }
            guard headers.count < maxHeaderCount else { return .failure(.headersTooLarge) }
            guard let field = headerField(line) else { return .failure(.badRequest) }
            headers.append(field)
        }

        switch parseRequestLine(requestLine) {
        case .success(let (method, target, minor)):
            return .request(HTTPRequest(method: method, target: target, minorVersion: minor, headers: headers), consumed: lineStart)
        case .failure(let failure):
            return .failure(failure.status)
        }
    }

    private func trimmingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == Self.carriageReturn ? line.dropLast() : line
    }

    private struct Failure: Error {
        var status: HTTPStatus
    }

    /// `method SP request-target SP HTTP-version`.
    private func parseRequestLine(_ line: ArraySlice<UInt8>) -> Swift.Result<(String, String, Int), Failure> {
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
              parts[0].allSatisfy(Self.isTokenCharacter),
              parts[1].allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else {
            return .failure(Failure(status: .badRequest))
        }
        let version = Array(parts[2])
        let prefix = Array("HTTP/".utf8)
        guard version.count == 8, Array(version[0..<5]) == prefix, version[6] == UInt8(ascii: "."),
              let major = Self.digit(version[5]), let minor = Self.digit(version[7]) else {
            return .failure(Failure(status: .badRequest))
        }
        guard major == 1 else { return .failure(Failure(status: .versionNotSupported)) }
        return .success((String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), minor))
    }

    /// `field-name ":" OWS field-value OWS`; no whitespace before the colon, no folding.
    private func headerField(_ line: ArraySlice<UInt8>) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(Self.isTokenCharacter) else { return nil }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard !value.contains(0) else { return nil }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// `tchar` of RFC 9110 §5.6.2.
    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
