import SpravkaCLI
import XCTest

/// The option grammar, driven through a test-only `tool echo` command that prints what it got.
final class ArgumentParserTests: XCTestCase {
    private func echo(
        upper: Bool = false, format: String = "text", given: [String] = [], title: String = "-",
        first: String, rest: [String] = []
    ) -> Transcript {
        Transcript(
            status: 0,
            stdout: """
                upper=\(upper)
                format=\(format)
                given=\(given)
                title=\(title)
                first=\(first)
                rest=\(rest)

                """)
    }

    func testDefaults() {
        XCTAssertEqual(testTool.transcript("echo", "a"), echo(first: "a"))
    }

    func testValueSeparateAndGlued() {
        XCTAssertEqual(testTool.transcript("echo", "--format", "json", "a"), echo(format: "json", first: "a"))
        XCTAssertEqual(testTool.transcript("echo", "--format=json", "a"), echo(format: "json", first: "a"))
        XCTAssertEqual(testTool.transcript("echo", "--title=a=b", "a"), echo(title: "a=b", first: "a"))
        XCTAssertEqual(testTool.transcript("echo", "--title=", "a"), echo(title: "", first: "a"))
        XCTAssertEqual(testTool.transcript("echo", "--title=-x", "a"), echo(title: "-x", first: "a"))
        XCTAssertEqual(testTool.transcript("echo", "--title", "-", "a"), echo(title: "-", first: "a"))
    }

    func testShortSpellings() {
        XCTAssertEqual(
            testTool.transcript("echo", "-u", "-t", "Привет", "a"),
            echo(upper: true, title: "Привет", first: "a"))
    }

    func testRepeatableOptionKeepsOrder() {
        XCTAssertEqual(
            testTool.transcript("echo", "--given", "age=14-17", "a", "--given=who=student", "b"),
            echo(given: ["age=14-17", "who=student"], first: "a", rest: ["b"]))
    }

    func testOptionsMayFollowPositionals() {
        XCTAssertEqual(
            testTool.transcript("echo", "a", "b", "--upper", "c"),
            echo(upper: true, first: "a", rest: ["b", "c"]))
    }

    func testDoubleDashEndsOptions() {
        XCTAssertEqual(
            testTool.transcript("echo", "--upper", "--", "--format", "-h", "--", "-"),
            echo(upper: true, first: "--format", rest: ["-h", "--", "-"]))
    }

    func testLoneDashIsPositional() {
        XCTAssertEqual(testTool.transcript("echo", "-"), echo(first: "-"))
    }

    func testUnknownOption() {
        let expected = Transcript(
            status: 64, stdout: "",
            stderr:
                "tool: unknown option '--frob' for 'echo'; valid options: --upper, --format, --given, --title, --help\n"
        )
        XCTAssertEqual(testTool.transcript("echo", "--frob", "a"), expected)
        XCTAssertEqual(testTool.transcript("echo", "a", "--frob=1"), expected)
        XCTAssertEqual(
            testTool.transcript("echo", "-ut", "a").stderr,
            "tool: unknown option '-ut' for 'echo'; valid options: --upper, --format, --given, --title, --help\n"
        )
    }

    func testMissingValue() {
        XCTAssertEqual(
            testTool.transcript("echo", "a", "--title"),
            Transcript(
                status: 64, stdout: "",
                stderr: "tool: missing value for '--title' of 'echo'; expected '--title <title>'\n"))
        XCTAssertEqual(
            testTool.transcript("echo", "a", "-t", "--upper"),
            Transcript(
                status: 64, stdout: "",
                stderr: "tool: missing value for '-t' of 'echo'; expected '--title <title>'\n"))
        XCTAssertEqual(
            testTool.transcript("echo", "a", "--format"),
            Transcript(
                status: 64, stdout: "",
                stderr: "tool: missing value for '--format' of 'echo'; valid values: json, text\n"))
    }

    func testInvalidValue() {
        XCTAssertEqual(
            testTool.transcript("echo", "a", "--format=xml"),
            Transcript(
                status: 64, stdout: "",
                stderr: "tool: invalid value 'xml' for '--format' of 'echo'; valid values: json, text\n"))
    }

    func testNonRepeatableOptionGivenTwice() {
        XCTAssertEqual(
            testTool.transcript("echo", "a", "--title", "x", "--title=y"),
            Transcript(
                status: 64, stdout: "",
                stderr:
                    "tool: option '--title' for 'echo' given twice, as 'x' and as 'y'; give it once\n"))
    }

    func testRepeatedFlagIsHarmless() {
        XCTAssertEqual(testTool.transcript("echo", "-u", "--upper", "a"), echo(upper: true, first: "a"))
    }

    func testFlagWithValue() {
        XCTAssertEqual(
            testTool.transcript("echo", "a", "--upper=yes"),
            Transcript(
                status: 64, stdout: "",
                stderr: "tool: option '--upper' for 'echo' takes no value, got '--upper=yes'\n"))
    }

    func testMissingAndUnexpectedPositionals() {
        XCTAssertEqual(
            testTool.transcript("echo", "--upper"),
            Transcript(
                status: 64, stdout: "",
                stderr:
                    "tool: missing argument '<first>' for 'echo'; usage: tool echo [--upper] [--format <format>] [--given <fact=value> ...] [--title <title>] <first> [<rest> ...]\n"
            ))
        XCTAssertEqual(
            testTool.transcript("nothing", "x"),
            Transcript(
                status: 64, stdout: "",
                stderr: "tool: unexpected argument 'x' for 'nothing'; usage: tool nothing\n"))
    }

    func testErrorsThrownByTheCommand() {
        XCTAssertEqual(
            testTool.transcript("echo", "fail"),
            Transcript(status: 2, stdout: "", stderr: "tool: asked to fail\n"))
        XCTAssertEqual(
            testTool.transcript("echo", "misuse"),
            Transcript(status: 64, stdout: "", stderr: "tool: 'misuse' is not a word\n"))
        XCTAssertEqual(
            testTool.transcript("echo", "crash"),
            Transcript(status: 70, stdout: "", stderr: "tool: internal error: something impossible\n"))
    }

    func testCommandExitCodeIsReturned() {
        XCTAssertEqual(testTool.transcript("nothing"), Transcript(status: 1, stdout: ""))
    }

    func testCommandHelpListsArgumentsAndOptions() {
        XCTAssertEqual(
            testTool.transcript("echo", "--help"),
            Transcript(
                status: 0,
                stdout: """
                    OVERVIEW: Print the parsed arguments.

                    USAGE: tool echo [--upper] [--format <format>] [--given <fact=value> ...] [--title <title>] <first> [<rest> ...]

                    ARGUMENTS:
                      <first>                 A required positional.
                      <rest>                  The rest.

                    OPTIONS:
                      -u, --upper             A flag.
                      --format <format>       A choice. (values: json, text) (default: text)
                      --given <fact=value>    A repeatable option.
                      -t, --title <title>     A free value.
                      -h, --help              Show help information.

                    """))
    }

    func testToolHelpListsCommandsByName() {
        XCTAssertEqual(
            testTool.transcript("--help").stdout,
            """
            OVERVIEW: A tool for tests.

            USAGE: tool <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              echo                    Print the parsed arguments.
              nothing                 Do nothing.
              wrap                    Show how long help text is laid out.
              help                    Show help for a subcommand.

              See 'tool help <subcommand>' for detailed help.

            """)
        XCTAssertEqual(testTool.transcript("--version"), Transcript(status: 0, stdout: "tool 9.9.9\n"))
    }

    func testLongHelpIsWrappedAtEightyColumns() {
        XCTAssertEqual(
            testTool.transcript("help", "wrap").stdout,
            """
            OVERVIEW: Show how long help text is laid out.

            A discussion long enough to be wrapped at eighty columns, with words that go on
            and on until the line is full.
            A second paragraph starts on its own line.

            USAGE: tool wrap [--a-very-long-option-name <value-name>] [--short]

            OPTIONS:
              --a-very-long-option-name <value-name>
                                      Help that does not fit in the column to the right of
                                      the gutter, so it wraps under itself.
              --short                 Fits.
              -h, --help              Show help information.

            """)
    }
}
