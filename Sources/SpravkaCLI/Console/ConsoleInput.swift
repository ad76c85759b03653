import Foundation

/// Where ``ConsoleInput`` gets its bytes: a file descriptor, or memory in tests.
public protocol ByteSource: Sendable {
    /// Whether the source is a terminal (`isatty`).
    var isTerminal: Bool { get }
    /// Reads up to `count` bytes into `buffer`; returns how many, 0 at end of input.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
}

/// Standard input, readable whole as bytes or line by line.
///
/// Reading is buffered here, so ``readLine()`` and ``readAll()`` may be mixed: `readAll` returns
/// whatever `readLine` has not consumed yet.
public final class ConsoleInput: @unchecked Sendable {
    private let source: any ByteSource
    private let lock = NSLock()
    /// Bytes read from `source` but not yet returned, from `start`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    public init(_ source: any ByteSource) {
        self.source = source
    }

    /// Whether standard input is a terminal, i.e. a person may be typing.
    public var isTerminal: Bool { source.isTerminal }

    /// Reads everything up to the end of input.
    public func readAll() -> [UInt8] {
        lock.withLock {
            while fill() {}
            // Hand the buffer over whole when nothing was consumed: no copy of a large input.
            let result = start == 0 ? buffer : Array(buffer[start...])
            buffer = []
            start = 0
            return result
        }
    }

    /// Reads one line, without its `\n` or `\r\n`; `nil` at the end of input. A last line
    /// without a line ending is still returned. Invalid UTF-8 becomes U+FFFD.
    public func readLine() -> String? {
        lock.withLock {
            var searchFrom = start
            while true {
                if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                    var end = newline
                    if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                    let line = String(decoding: buffer[start..<end], as: UTF8.self)
                    start = newline + 1
                    compact()
                    return line
                }
                searchFrom = buffer.endIndex
                if !fill() { break }
            }
            guard start < buffer.endIndex else { return nil }
            let line = String(decoding: buffer[start...], as: UTF8.self)
            buffer = []
            start = 0
            return line
        }
    }

    /// Appends one chunk from the source; `false` at the end of input.
    private func fill() -> Bool {
        if atEnd { return false }
        // Grow geometrically so that reading n bytes costs O(n) however they arrive.
        let chunkSize = max(1 << 16, buffer.count - start)
        let oldCount = buffer.count
        var readCount = 0
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        buffer.withUnsafeMutableBytes { bytes in
            readCount = source.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[oldCount...]))
        }
        buffer.removeLast(chunkSize - max(readCount, 0))
        if readCount <= 0 { atEnd = true }
        return readCount > 0
    }

    /// Drops consumed bytes once they dominate the buffer, keeping line reading linear.
    private func compact() {
        if start > 4096, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
