#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the BSD socket calls the HTTP server needs, the same on Linux and macOS.
/// Only its ``Failure`` is public: what ``HTTPServer/start()`` throws.
public enum Socket {
    #if canImport(Darwin)
    static let streamType = SOCK_STREAM
    /// macOS has no `MSG_NOSIGNAL`; `SO_NOSIGPIPE` is set on each socket instead.
    static let sendFlags: Int32 = 0
    #else
    static let streamType = Int32(SOCK_STREAM.rawValue)
    static let sendFlags = Int32(MSG_NOSIGNAL)
    #endif

    /// A failed system call, with its name and `errno`'s text; `kind` says what failed, for a
    /// caller that explains it in its users' words.
    public struct Failure: Error, CustomStringConvertible {
        public enum Kind: Equatable, Sendable {
            /// The host name or address could not be resolved.
            case address(host: String)
            /// The address could not be bound; `code` is `errno`.
            case bind(host: String, port: Int, code: Int32)
            case call(String, code: Int32)
        }

        public var kind: Kind
        public var description: String

        init(_ call: String, code: Int32 = errno) {
            kind = .call(call, code: code)
            description = "\(call): \(String(cString: strerror(code)))"
        }

        init(kind: Kind, description: String) {
            self.kind = kind
            self.description = description
        }
    }

    /// A listening TCP socket on `host:port`; port 0 picks a free port, read it back from the
    /// result.
    static func listen(host: String, port: Int, backlog: Int32) throws -> (descriptor: Int32, port: Int) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamType
        hints.ai_flags = AI_PASSIVE
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let info = list else {
            throw Failure(kind: .address(host: host), description: "cannot use the address '\(host)': \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        let descriptor = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard descriptor >= 0 else { throw Failure("socket") }
        setFlag(descriptor, SOL_SOCKET, SO_REUSEADDR)
        guard bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            let code = errno
            let failure = Failure(kind: .bind(host: host, port: port, code: code),
                                  description: "cannot listen on \(host):\(port): \(String(cString: strerror(code)))")
            close(descriptor)
            throw failure
        }
        guard systemListen(descriptor, backlog) == 0 else {
            let failure = Failure("listen")
            close(descriptor)
            throw failure
        }
        return (descriptor, boundPort(descriptor) ?? port)
    }

    /// The local port a socket is bound to.
    static func boundPort(_ descriptor: Int32) -> Int? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard status == 0 else { return nil }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            }
        default:
            return nil
        }
    }

    /// Waits up to `milliseconds` for a connection; `nil` when none came (or on a transient error).
    static func accept(_ listener: Int32, waitingAtMost milliseconds: Int32) -> Int32? {
        var entry = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return nil }
        let connection = systemAccept(listener)
        guard connection >= 0 else { return nil }
        #if canImport(Darwin)
        setFlag(connection, SOL_SOCKET, SO_NOSIGPIPE)
        #endif
        // Responses go out in one write; do not hold the last segment back.
        setFlag(connection, Int32(IPPROTO_TCP), TCP_NODELAY)
        return connection
    }

    static func setFlag(_ descriptor: Int32, _ level: Int32, _ option: Int32) {
        var yes: Int32 = 1
        _ = setsockopt(descriptor, level, option, &yes, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Makes `recv` give up after `seconds` without data.
    static func setReceiveTimeout(_ descriptor: Int32, seconds: Double) {
        setTimeout(descriptor, SO_RCVTIMEO, seconds: seconds)
    }

    /// Makes `send` give up after `seconds` when the client does not read.
    static func setSendTimeout(_ descriptor: Int32, seconds: Double) {
        setTimeout(descriptor, SO_SNDTIMEO, seconds: seconds)
    }

    private static func setTimeout(_ descriptor: Int32, _ option: Int32, seconds: Double) {
        let whole = max(0, seconds.rounded(.down))
        var value = timeval()
        value.tv_sec = .init(whole)
        value.tv_usec = .init(max(1000, (seconds - whole) * 1_000_000))
        _ = setsockopt(descriptor, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    enum ReadResult {
        case bytes(Int)
        case closed
        case timedOut
        case failed
    }

    /// Reads what has arrived into `buffer`, waiting at most the receive timeout.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> ReadResult {
        while true {
            let count = recv(descriptor, buffer.baseAddress, buffer.count, 0)
            if count > 0 { return .bytes(count) }
            if count == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .timedOut
            default: return .failed
            }
        }
    }

    /// Writes all of `bytes`; false when the client went away or stopped reading.
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = send(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset, sendFlags)
            if count > 0 {
                offset += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// Tells the client that nothing more comes (FIN), while its bytes can still be read.
    static func shutdownWrite(_ descriptor: Int32) {
        _ = shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Wakes a thread blocked reading the socket, and tells the client we are done.
    static func shutdownBoth(_ descriptor: Int32) {
        _ = shutdown(descriptor, Int32(SHUT_RDWR))
    }

    static func closeDescriptor(_ descriptor: Int32) {
        _ = close(descriptor)
    }
}

// `Socket.listen` and `Socket.accept` shadow the system calls inside `Socket`.
private func systemListen(_ descriptor: Int32, _ backlog: Int32) -> Int32 {
    listen(descriptor, backlog)
}

private func systemAccept(_ descriptor: Int32) -> Int32 {
    accept(descriptor, nil, nil)
}
