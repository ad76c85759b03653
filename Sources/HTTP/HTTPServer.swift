import Foundation

/// A small HTTP/1.1 server over blocking sockets: one thread accepts, one thread serves each
/// connection (keep-alive and pipelining included). It knows nothing of what it serves: every
/// request goes to the handler.
///
/// It is built to survive bad clients on a preview machine, not to face the internet:
/// - heads over the size limits are answered 414/431 and bodies over the limit 413, each
///   followed by a lingering close (what the client still sends is read and discarded for a
///   bounded time and size, so that it receives the status instead of a connection reset);
/// - a client that sends part of a request and stalls is answered 408 and dropped after
///   ``Configuration/requestTimeout`` while other connections carry on;
/// - connections beyond ``Configuration/maxConnections`` are turned away with 503 instead of
///   exhausting threads.
public final class HTTPServer: @unchecked Sendable {
    public struct Configuration: Sendable {
        /// The address to listen on; `127.0.0.1` keeps the server off the network.
        public var host: String
        /// 0 picks a free port; read the one chosen from ``HTTPServer/port``.
        public var port: Int
        /// Seconds a client has, from its first byte, to send a whole request head.
        public var requestTimeout: Double = 10
        /// Seconds an idle keep-alive connection stays open.
        public var idleTimeout: Double = 30
        /// Seconds a response may wait for a client that does not read.
        public var writeTimeout: Double = 10
        public var maxConnections = 1000
        public var maxRequestLine = 8 * 1024
        public var maxHeaderBytes = 16 * 1024
        /// The largest request body announced by `Content-Length` that reaches the handler;
        /// larger is `413 Content Too Large`. The preview serves files and reads no body.
        public var maxBodyBytes = 64 * 1024
        /// Seconds, at most, spent reading and discarding what a client still sends after the
        /// answer that closes its connection (nginx's `lingering_time`).
        public var lingeringTime: Double = 3
        /// Seconds the lingering close waits for more bytes before it closes (nginx's
        /// `lingering_timeout`).
        public var lingeringTimeout: Double = 1
        /// Bytes, at most, discarded by a lingering close.
        public var lingeringBytes = 4 * 1024 * 1024

        public init(host: String = "127.0.0.1", port: Int = 8000) {
            self.host = host
            self.port = port
        }
    }

    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    public let configuration: Configuration
    private let handler: Handler
    private let parser: HTTPRequestParser
    private let lock = NSLock()
    private var listener: Int32 = -1
    private var running = false
    private var connections = Set<Int32>()
    private let acceptLoopEnded = DispatchSemaphore(value: 0)
    private var boundPort = 0

    public init(configuration: Configuration, handler: @escaping Handler) {
        self.configuration = configuration
        self.handler = handler
        parser = HTTPRequestParser(maxRequestLine: configuration.maxRequestLine, maxHeaderBytes: configuration.maxHeaderBytes)
    }

    /// The port the server listens on (the chosen one when configured with port 0).
    public var port: Int { lock.withLock { boundPort } }

    /// Open connections, for tests and diagnostics.
    public var connectionCount: Int { lock.withLock { connections.count } }

    /// Binds the address and starts accepting connections in the background.
    public func start() throws {
        let (descriptor, port) = try Socket.listen(host: configuration.host, port: configuration.port, backlog: 1024)
        lock.withLock {
            listener = descriptor
            boundPort = port
            running = true
        }
        let thread = Thread { [self] in acceptLoop(descriptor) }
        thread.name = "http-accept"
        thread.start()
    }

    /// Stops accepting, closes every connection, and returns when the listening socket is closed.
    public func stop() {
        let (wasRunning, open) = lock.withLock { () -> (Bool, Set<Int32>) in
            let wasRunning = running
            running = false
            return (wasRunning, connections)
        }
        guard wasRunning else { return }
        for descriptor in open { Socket.shutdownBoth(descriptor) }
        acceptLoopEnded.wait()
    }

    private var isRunning: Bool { lock.withLock { running } }

    private func acceptLoop(_ listener: Int32) {
        while isRunning {
            guard let connection = Socket.accept(listener, waitingAtMost: 100) else { continue }
            let admitted = lock.withLock { () -> Bool in
                guard running, connections.count < configuration.maxConnections else { return false }
                connections.insert(connection)
                return true
            }
            guard admitted else {
                Socket.setSendTimeout(connection, seconds: 1)
                let response = HTTPResponse.text(.serviceUnavailable, "too many connections\n").serialized(keepAlive: false, includeBody: true)
                _ = response.withUnsafeBytes { Socket.write(connection, $0) }
                Socket.closeDescriptor(connection)
                continue
            }
            let thread = Thread { [self] in serve(connection) }
            thread.stackSize = 512 * 1024
            thread.name = "http-connection"
            thread.start()
        }
        Socket.closeDescriptor(listener)
        acceptLoopEnded.signal()
    }

    /// Answers requests on one connection until the client closes it, asks to, errs or idles.
    private func serve(_ connection: Int32) {
        // Whether the client may still be sending when the server is done with it.
        var linger = false
        defer {
            if linger { drain(connection) }
            lock.withLock { _ = connections.remove(connection) }
            Socket.closeDescriptor(connection)
        }
        Socket.setSendTimeout(connection, seconds: configuration.writeTimeout)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let clock = ContinuousClock()
        while isRunning {
            // Wait for a whole request head.
            let idleDeadline = clock.now + .seconds(configuration.idleTimeout)
            var headDeadline: ContinuousClock.Instant? = buffer.isEmpty ? nil : clock.now + .seconds(configuration.requestTimeout)
            var request: HTTPRequest?
            while request == nil {
                if !buffer.isEmpty {
                    switch parser.parse(buffer) {
                    case .request(let head, let consumed):
                        buffer.removeFirst(consumed)
                        request = head
                        continue
                    case .failure(let status):
                        send(HTTPResponse.text(status), to: connection, keepAlive: false, includeBody: true)
                        linger = true
                        return
                    case .incomplete:
                        if headDeadline == nil { headDeadline = clock.now + .seconds(configuration.requestTimeout) }
                    }
                }
                let deadline = headDeadline ?? idleDeadline
                let remaining = clock.now.duration(to: deadline)
                guard remaining > .zero else {
                    // A stalled half request is told so; an idle keep-alive connection just ends.
                    if !buffer.isEmpty {
                        send(HTTPResponse.text(.requestTimeout), to: connection, keepAlive: false, includeBody: true)
                    }
                    return
                }
                Socket.setReceiveTimeout(connection, seconds: Self.seconds(remaining))
                let result = chunk.withUnsafeMutableBytes { Socket.read(connection, into: $0) }
                switch result {
                case .bytes(let count):
                    buffer.append(contentsOf: chunk[0..<count])
                case .timedOut:
                    continue
                case .closed, .failed:
                    return
                }
            }
            guard let request, isRunning else { return }

            // A body we do not read would be taken for the next request: close instead, after a
            // lingering close; a body over the limit is refused without asking the handler, and
            // a length that is not a number (RFC 9112 §6.3) is a bad request.
            let length = request.header("Content-Length")
            let hasBody = request.header("Transfer-Encoding") != nil || (length.map { $0 != "0" } ?? false)
            if let length {
                let refusal: HTTPStatus? = switch UInt(length) {
                case nil: .badRequest
                case let bytes? where bytes > configuration.maxBodyBytes: .contentTooLarge
                default: nil
                }
                if let refusal {
                    send(HTTPResponse.text(refusal), to: connection, keepAlive: false, includeBody: true)
                    linger = true
                    return
                }
            }
            let response = handler(request)
            let keepAlive = request.keepsAlive && !hasBody && response.header("Connection")?.lowercased() != "close"
            let sent = send(response, to: connection, keepAlive: keepAlive, includeBody: request.method != "HEAD")
            linger = sent && hasBody
            guard sent, keepAlive else { return }
        }
    }

    /// nginx's lingering close: says the response is complete (FIN), then reads and discards
    /// what the client still sends until it closes its side, stays quiet for
    /// ``Configuration/lingeringTimeout``, or the time or byte limit is reached. Closing with
    /// unread bytes would send a reset, which can destroy the response before it is read.
    private func drain(_ connection: Int32) {
        Socket.shutdownWrite(connection)
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(configuration.lingeringTime)
        var discarded = 0
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while discarded < configuration.lingeringBytes, isRunning {
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { return }
            Socket.setReceiveTimeout(connection, seconds: min(Self.seconds(remaining), configuration.lingeringTimeout))
            guard case .bytes(let count) = chunk.withUnsafeMutableBytes({ Socket.read(connection, into: $0) }) else { return }
            discarded += count
        }
    }

    @discardableResult
    private func send(_ response: HTTPResponse, to connection: Int32, keepAlive: Bool, includeBody: Bool) -> Bool {
        response.serialized(keepAlive: keepAlive, includeBody: includeBody).withUnsafeBytes { Socket.write(connection, $0) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
