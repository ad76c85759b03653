#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes straight to a file descriptor with `write(2)`, retrying short writes and `EINTR`.
final class FileDescriptorOutput: ConsoleOutput {
    let descriptor: Int32
    let isTerminal: Bool

    init(descriptor: Int32) {
        self.descriptor = descriptor
        self.isTerminal = isatty(descriptor) != 0
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                // A closed pipe or full disk: nothing sensible to report it on; stop.
                return
            }
            next += written
            remaining -= written
        }
    }
}

/// Reads from a file descriptor with `read(2)`, retrying `EINTR`.
struct FileDescriptorSource: ByteSource {
    let descriptor: Int32

    var isTerminal: Bool { isatty(descriptor) != 0 }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        while true {
            let count = systemRead(descriptor, base, buffer.count)
            if count < 0, errno == EINTR { continue }
            return max(count, 0)
        }
    }
}

// The methods above are called `write` and `read`, which hide the C functions inside them.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}
