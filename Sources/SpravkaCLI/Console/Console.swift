import Foundation

/// The process's standard streams and environment, passed to every command.
///
/// Commands never touch `FileHandle.standardOutput`, `print` or `ProcessInfo` directly, so that
/// a test can run a whole command in-process with given input and environment (see
/// ``Console/inMemory(input:environment:outputIsTerminal:errorIsTerminal:)``).
public struct Console: Sendable {
    /// Standard input.
    public let input: ConsoleInput
    /// Standard output.
    public let output: ConsoleOutput
    /// Standard error.
    public let error: ConsoleOutput
    /// The environment variables the command sees.
    public let environment: [String: String]

    public init(
        input: ConsoleInput, output: ConsoleOutput, error: ConsoleOutput,
        environment: [String: String]
    ) {
        self.input = input
        self.output = output
        self.error = error
        self.environment = environment
    }

    /// The real standard streams (file descriptors 0, 1 and 2) and the process environment.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Console {
        Console(
            input: ConsoleInput(FileDescriptorSource(descriptor: 0)),
            output: FileDescriptorOutput(descriptor: 1),
            error: FileDescriptorOutput(descriptor: 2),
            environment: environment)
    }

    /// Streams in memory, for tests: `input` is standard input; read what the command wrote
    /// from ``MemoryOutput/text`` of `output` and `error`.
    public static func inMemory(
        input: [UInt8] = [],
        environment: [String: String] = [:],
        inputIsTerminal: Bool = false,
        outputIsTerminal: Bool = false,
        errorIsTerminal: Bool = false
    ) -> (console: Console, output: MemoryOutput, error: MemoryOutput) {
        let output = MemoryOutput(isTerminal: outputIsTerminal)
        let error = MemoryOutput(isTerminal: errorIsTerminal)
        let console = Console(
            input: ConsoleInput(MemorySource(input, isTerminal: inputIsTerminal)),
            output: output, error: error, environment: environment)
        return (console, output, error)
    }

    /// Whether to colour what goes to `stream`: only on a terminal, and never when `NO_COLOR`
    /// is set to a non-empty value (https://no-color.org) or `TERM` is `dumb`.
    public func usesColor(on stream: ConsoleOutput) -> Bool {
        guard stream.isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// `text` in `style` if ``usesColor(on:)`` allows it for `stream`, else `text` unchanged.
    public func styled(_ text: String, _ style: TextStyle, on stream: ConsoleOutput) -> String {
        usesColor(on: stream) ? style.apply(to: text) : text
    }
}
