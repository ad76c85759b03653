import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A response as a test reads it off the socket.
public struct TestResponse: Sendable {
    public var status: Int
    /// Lower-cased names.
    public var headers: [String: String]
    public var body: [UInt8]

    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// One client connection over a real loopback socket, speaking just enough HTTP/1.1 to check
/// the server: raw bytes out, responses parsed by `Content-Length`.
public final class TestConnection {
    public let descriptor: Int32
    private var buffer: [UInt8] = []

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public init(port: Int, timeout: Double = 10) throws {
        #if canImport(Darwin)
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #else
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard status == 0 else {
            close(descriptor)
            throw Failure(description: "connect: \(String(cString: strerror(errno)))")
        }
        setTimeout(timeout)
    }

    deinit {
        close(descriptor)
    }

    public func setTimeout(_ seconds: Double) {
        var value = timeval()
        value.tv_sec = .init(seconds.rounded(.down))
        value.tv_usec = .init((seconds - seconds.rounded(.down)) * 1_000_000)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    public func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    public func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Darwin)
            let flags: Int32 = 0
            #else
            let flags = Int32(MSG_NOSIGNAL)
            #endif
            let count = bytes.withUnsafeBytes { systemSend(descriptor, $0.baseAddress! + offset, bytes.count - offset, flags) }
            guard count > 0 else { throw Failure(description: "send: \(String(cString: strerror(errno)))") }
            offset += count
        }
    }

    /// Reads more bytes; false when the server closed the connection or nothing came in time.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer += chunk[0..<count]
        return true
    }

    /// Reads one response; `head` for the answer to a HEAD request (no body follows).
    public func readResponse(head: Bool = false) throws -> TestResponse {
        let separator = Array("\r\n\r\n".utf8)
        var end: Int?
        while end == nil {
            if buffer.count >= 4 {
                for index in 0...(buffer.count - 4) where Array(buffer[index..<index + 4]) == separator {
                    end = index
                    break
                }
            }
            if end == nil, !fill() { throw Failure(description: "no complete response head; got \(String(decoding: buffer, as: UTF8.self).debugDescription)") }
        }
        guard let end else { throw Failure(description: "unreachable") }
        let lines = String(decoding: buffer[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, statusParts[0] == "HTTP/1.1", let status = Int(statusParts[1]) else {
            throw Failure(description: "bad status line \(lines[0].debugDescription)")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "bad header \(line)") }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        buffer.removeFirst(end + 4)
        let length = head ? 0 : Int(headers["content-length"] ?? "") ?? 0
        while buffer.count < length {
            if !fill() { throw Failure(description: "body cut short: \(buffer.count) of \(length) bytes") }
        }
        let body = Array(buffer[0..<length])
        buffer.removeFirst(length)
        return TestResponse(status: status, headers: headers, body: body)
    }

    /// Whether the server closed the connection (within the receive timeout).
    public func isClosedByServer() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer += chunk[0..<count]
            } else if count == 0 {
                return true
            } else {
                return errno != EAGAIN && errno != EWOULDBLOCK
            }
        }
    }

    /// Everything received that no response has consumed yet, as text.
    public var unread: String {
        String(decoding: buffer, as: UTF8.self)
    }

    /// A GET (or another method) with a given target, written exactly as given.
    public func request(_ method: String = "GET", _ target: String, headers: [String] = []) throws -> TestResponse {
        let extra = headers.map { $0 + "\r\n" }.joined()
        try send("\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n\(extra)\r\n")
        return try readResponse(head: method == "HEAD")
    }
}

/// One request on its own connection.
public func fetch(port: Int, _ target: String, method: String = "GET", headers: [String] = []) throws -> TestResponse {
    try TestConnection(port: port).request(method, target, headers: headers)
}

private func systemSend(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int, _ flags: Int32) -> Int {
    send(descriptor, bytes, count, flags)
}
