import SpravkaCLI
import XCTest

/// Colour decisions and reading standard input.
final class ConsoleTests: XCTestCase {
    private let escape = "\u{1B}["

    func testErrorsAreColouredOnATerminal() {
        let result = spravka("frob", terminal: true)
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(
            result.stderr.hasPrefix("\u{1B}[1;31mspravka:\u{1B}[0m unknown subcommand 'frob'"),
            result.stderr)
    }

    func testHelpHeadingsAreBoldOnATerminal() {
        let result = spravka("--help", terminal: true)
        XCTAssertTrue(result.stdout.hasPrefix("\u{1B}[1mOVERVIEW:\u{1B}[0m "), result.stdout)
        XCTAssertTrue(result.stdout.contains("\u{1B}[1mSUBCOMMANDS:\u{1B}[0m\n"), result.stdout)
    }

    func testNoColorTurnsColourOff() {
        let plain = spravka("frob")
        XCTAssertEqual(spravka("frob", environment: ["NO_COLOR": "1"], terminal: true), plain)
        XCTAssertEqual(spravka("--help", environment: ["NO_COLOR": "1"], terminal: true), spravka("--help"))
        XCTAssertFalse(plain.stderr.contains(escape))
    }

    func testEmptyNoColorDoesNotTurnColourOff() {
        // https://no-color.org: "when present and not an empty string".
        XCTAssertTrue(spravka("frob", environment: ["NO_COLOR": ""], terminal: true).stderr.contains(escape))
    }

    func testDumbTerminalHasNoColour() {
        XCTAssertFalse(spravka("frob", environment: ["TERM": "dumb"], terminal: true).stderr.contains(escape))
    }

    func testColourIsDecidedPerStream() {
        let (console, output, error) = Console.inMemory(outputIsTerminal: false, errorIsTerminal: true)
        XCTAssertFalse(console.usesColor(on: output))
        XCTAssertTrue(console.usesColor(on: error))
        XCTAssertEqual(console.styled("x", .bold, on: output), "x")
        XCTAssertEqual(console.styled("x", .bold, on: error), "\u{1B}[1mx\u{1B}[0m")
    }

    func testReadLines() {
        let (console, _, _) = Console.inMemory(input: Array("один\r\nдва\n\nlast".utf8))
        XCTAssertEqual(console.input.readLine(), "один")
        XCTAssertEqual(console.input.readLine(), "два")
        XCTAssertEqual(console.input.readLine(), "")
        XCTAssertEqual(console.input.readLine(), "last")
        XCTAssertNil(console.input.readLine())
        XCTAssertNil(console.input.readLine())
    }

    func testReadAllAfterReadLineReturnsTheRest() {
        let (console, _, _) = Console.inMemory(input: Array("first\nsecond\nthird\n".utf8))
        XCTAssertEqual(console.input.readLine(), "first")
        XCTAssertEqual(console.input.readAll(), Array("second\nthird\n".utf8))
        XCTAssertEqual(console.input.readAll(), [])
        XCTAssertNil(console.input.readLine())
    }

    func testReadAllKeepsBytesExactly() {
        let bytes: [UInt8] = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let (console, _, _) = Console.inMemory(input: bytes)
        XCTAssertEqual(console.input.readAll(), bytes)
    }

    func testLinesAcrossManyReadChunks() {
        let lines = (0..<20_000).map { "строка \($0)" }
        let (console, _, _) = Console.inMemory(input: Array(lines.joined(separator: "\n").utf8))
        var read: [String] = []
        while let line = console.input.readLine() { read.append(line) }
        XCTAssertEqual(read, lines)
    }

    func testInvalidUTF8LineBecomesReplacementCharacter() {
        let (console, _, _) = Console.inMemory(input: [0x61, 0xFF, 0x62, 0x0A])
        XCTAssertEqual(console.input.readLine(), "a\u{FFFD}b")
    }

    func testTerminalFlags() {
        let (console, output, error) = Console.inMemory(
            inputIsTerminal: true, outputIsTerminal: false, errorIsTerminal: true)
        XCTAssertTrue(console.input.isTerminal)
        XCTAssertFalse(output.isTerminal)
        XCTAssertTrue(error.isTerminal)
    }
}
