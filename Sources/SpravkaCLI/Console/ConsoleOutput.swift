/// A stream a command writes to: standard output or standard error.
///
/// Each `write` goes out whole and unbuffered, so nothing is lost when the process exits and
/// a large result costs one system call; build a result first, then write it once.
public protocol ConsoleOutput: AnyObject, Sendable {
    /// Whether the stream is a terminal (`isatty`), which allows colour and interaction.
    var isTerminal: Bool { get }
    /// Writes the bytes.
    func write(_ bytes: UnsafeRawBufferPointer)
}

extension ConsoleOutput {
    /// Writes `text` as UTF-8.
    public func write(_ text: String) {
        var text = text
        // Native strings are contiguous UTF-8, so this does not copy.
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `bytes`.
    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }
}
