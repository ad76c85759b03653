import SpravkaCLI
import XCTest

/// `spravka qr`: text by default, SVG and PNG on request; exit 2 for a text too long, 64 for a
/// bad command line or a PNG about to go to a terminal.
final class QRCommandTests: XCTestCase {
    func testTextByDefault() {
        let result = spravka("qr", "Hello")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        // Version 1: 21 modules and a quiet zone of 2 on each side, two rows a line.
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 13)
        XCTAssertTrue(lines.allSatisfy { $0.count == 25 })
        XCTAssertEqual(lines.first, Substring(String(repeating: " ", count: 25)))
        XCTAssertTrue(result.stdout.allSatisfy { " ▀▄█\n".contains($0) })
        // The top-left finder pattern's first two rows, after the quiet zone: a dark row of
        // seven over dark, light ×5, dark.
        XCTAssertTrue(lines[1].hasPrefix("  █▀▀▀▀▀█ "), String(lines[1]))
    }

    func testErrorCorrectionLevel() {
        // 15 bytes: version 1 at L (which holds 17), 2 at M (1-M holds 14), 3 at H (2-H holds 14).
        func width(_ arguments: String...) -> Int? {
            let (console, output, _) = Console.inMemory()
            XCTAssertEqual(SpravkaCLI.run(arguments: arguments, console: console), 0)
            return output.text.split(separator: "\n").first?.count
        }
        XCTAssertEqual(width("qr", "https://ex.org/"), 25 + 4)
        XCTAssertEqual(width("qr", "--ec", "H", "https://ex.org/"), 29 + 4)
        XCTAssertEqual(width("qr", "--ec=L", "https://ex.org/"), 21 + 4)
    }

    func testSVG() {
        let result = spravka("qr", "--format", "svg", "https://example.org/55/")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 33 33\""), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("</svg>\n"))
    }

    func testPNGToAFileOrPipe() {
        let (console, output, error) = Console.inMemory()
        XCTAssertEqual(SpravkaCLI.run(arguments: ["qr", "--format", "png", "Справка"], console: console), 0)
        XCTAssertEqual(Array(output.bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(error.text, "")
    }

    func testPNGRefusedOnATerminal() {
        XCTAssertEqual(
            spravka("qr", "--format", "png", "x", environment: ["NO_COLOR": "1"], terminal: true),
            Transcript(
                status: 64, stdout: "",
                stderr: "spravka: not writing a binary PNG to a terminal; redirect standard output to a file, e.g. spravka qr --format png TEXT > code.png\n"
            ))
        // Text and SVG are fine on a terminal.
        XCTAssertEqual(spravka("qr", "x", terminal: true).status, 0)
        XCTAssertEqual(spravka("qr", "--format", "svg", "x", terminal: true).status, 0)
    }

    func testTooLong() {
        XCTAssertEqual(
            spravka("qr", String(repeating: "ж", count: 1200), "--ec", "H"),
            Transcript(
                status: 2, stdout: "",
                stderr: "spravka: the text is 2400 bytes in UTF-8, but a QR code at error correction level H holds at most 1272 bytes of it (version 40)\n"
            ))
        XCTAssertEqual(spravka("qr", String(repeating: "a", count: 2953), "--ec", "L").status, 0)
        XCTAssertEqual(spravka("qr", String(repeating: "a", count: 2954), "--ec", "L").status, 2)
    }

    func testUsageErrors() {
        let badLevel = spravka("qr", "--ec", "X", "text")
        XCTAssertEqual(badLevel.status, 64)
        XCTAssertTrue(badLevel.stderr.contains("valid values: L, M, Q, H"), badLevel.stderr)
        XCTAssertEqual(spravka("qr", "--format", "gif", "text").status, 64)
        XCTAssertEqual(spravka("qr").status, 64)
        XCTAssertEqual(spravka("qr", "one", "two").status, 64)
    }

    func testHelp() {
        let help = spravka("qr", "--help")
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--format"), help.stdout)
        XCTAssertTrue(help.stdout.contains("dark text on a light background"), help.stdout)
    }
}
