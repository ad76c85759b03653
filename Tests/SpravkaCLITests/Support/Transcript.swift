import SpravkaCLI
import XCTest

/// What one run of a command line produced: `argv → stdout, stderr, exit status`.
struct Transcript: Equatable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String = ""

    var description: String {
        "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)---"
    }
}

/// Runs `spravka` in-process with `arguments`, `stdin` and `environment`.
func spravka(
    _ arguments: String...,
    stdin: String = "",
    environment: [String: String] = [:],
    terminal: Bool = false
) -> Transcript {
    spravka(arguments: arguments, stdin: stdin, environment: environment, terminal: terminal)
}

/// Runs `spravka` in-process with an array of arguments.
func spravka(
    arguments: [String],
    stdin: String = "",
    environment: [String: String] = [:],
    terminal: Bool = false
) -> Transcript {
    let (console, output, error) = Console.inMemory(
        input: Array(stdin.utf8), environment: environment,
        outputIsTerminal: terminal, errorIsTerminal: terminal)
    let status = SpravkaCLI.run(arguments: arguments, console: console)
    return Transcript(status: status, stdout: output.text, stderr: error.text)
}

extension CommandLineTool {
    /// Runs the tool in-process, for tests of the machinery with test-only commands.
    func transcript(_ arguments: String..., stdin: String = "") -> Transcript {
        let (console, output, error) = Console.inMemory(input: Array(stdin.utf8))
        let status = run(arguments: arguments, console: console)
        return Transcript(status: status, stdout: output.text, stderr: error.text)
    }
}
