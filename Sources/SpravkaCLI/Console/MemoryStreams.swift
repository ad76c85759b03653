import Foundation

/// An output stream that keeps what is written, for tests.
public final class MemoryOutput: ConsoleOutput, @unchecked Sendable {
    public let isTerminal: Bool
    private let lock = NSLock()
    private var storage: [UInt8] = []

    public init(isTerminal: Bool = false) {
        self.isTerminal = isTerminal
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        lock.withLock { storage.append(contentsOf: bytes) }
    }

    /// Everything written so far.
    public var bytes: [UInt8] { lock.withLock { storage } }

    /// Everything written so far, decoded as UTF-8.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Bytes in memory as standard input, for tests.
struct MemorySource: ByteSource, @unchecked Sendable {
    let isTerminal: Bool
    private let bytes: [UInt8]
    private let position = Position()

    init(_ bytes: [UInt8], isTerminal: Bool) {
        self.bytes = bytes
        self.isTerminal = isTerminal
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        position.lock.withLock {
            let count = min(buffer.count, bytes.count - position.offset)
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(
                    from: UnsafeRawBufferPointer(
                        rebasing: source[position.offset..<position.offset + count]))
            }
            position.offset += count
            return count
        }
    }

    private final class Position {
        let lock = NSLock()
        var offset = 0
    }
}
