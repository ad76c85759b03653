import SpravkaCLI
import XCTest

/// `spravka markdown`: standard input to HTML, like `cmark`.
final class MarkdownCommandTests: XCTestCase {
    func testHeading() {
        XCTAssertEqual(
            spravka("markdown", stdin: "# Hi\n"), Transcript(status: 0, stdout: "<h1>Hi</h1>\n"))
    }

    func testRawHTMLIsOmittedByDefault() {
        XCTAssertEqual(
            spravka("markdown", stdin: "<div>x</div>\n"),
            Transcript(status: 0, stdout: "<!-- raw HTML omitted -->\n"))
    }

    func testUnsafePassesRawHTML() {
        let expected = Transcript(status: 0, stdout: "<div>x</div>\n")
        XCTAssertEqual(spravka("markdown", "--unsafe", stdin: "<div>x</div>\n"), expected)
        XCTAssertEqual(spravka("markdown", "--no-extensions", "--unsafe", "--", stdin: "<div>x</div>\n"), expected)
    }

    func testEmptyInputGivesEmptyOutput() {
        XCTAssertEqual(spravka("markdown"), Transcript(status: 0, stdout: ""))
    }

    func testReadsAllOfALargeInput() {
        let input = String(repeating: "# Hi\n", count: 100_000)
        let result = spravka("markdown", stdin: input)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, String(repeating: "<h1>Hi</h1>\n", count: 100_000))
    }

    func testUnknownOption() {
        XCTAssertEqual(
            spravka("markdown", "--frob", stdin: "# Hi\n"),
            Transcript(
                status: 64, stdout: "",
                stderr:
                    "spravka: unknown option '--frob' for 'markdown'; valid options: --unsafe, --no-extensions, --help\n"
            ))
    }

    func testFileArgumentsAreNotAccepted() {
        XCTAssertEqual(
            spravka("markdown", "README.md"),
            Transcript(
                status: 64, stdout: "",
                stderr:
                    "spravka: unexpected argument 'README.md' for 'markdown'; usage: spravka markdown [--unsafe] [--no-extensions]\n"
            ))
    }

    func testHelp() {
        XCTAssertEqual(
            spravka("markdown", "--help"),
            Transcript(
                status: 0,
                stdout: """
                    OVERVIEW: Render Markdown from standard input as HTML.

                    Reads all of standard input as CommonMark 0.31.2 with the GitHub Flavored
                    Markdown extensions (tables, strikethrough, autolinks, tag filter) and writes
                    HTML to standard output, like cmark. Raw HTML and dangerous links are left out
                    unless --unsafe is given.

                    USAGE: spravka markdown [--unsafe] [--no-extensions]

                    OPTIONS:
                      --unsafe                Render raw HTML and dangerous URLs as they are.
                      --no-extensions         Plain CommonMark: no GFM extensions.
                      -h, --help              Show help information.

                    """))
    }
}
