import SpravkaCLI
import XCTest

/// `spravka` itself: help, version, subcommand dispatch and usage errors.
final class CommandLineToolTests: XCTestCase {
    static let toolHelp = """
        OVERVIEW: A help desk for Dnevnik.ru sign-in problems, kept as Markdown.

        USAGE: spravka <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          build                   Build the help site into public/.
          check                   Check the knowledge base for errors.
          compare-names           Explain why two full names (FIO) would not match.
          diagnose                Diagnose a Dnevnik.ru sign-in problem by interview.
          markdown                Render Markdown from standard input as HTML.
          new                     Start a new article or a region file.
          qr                      Print a QR code for a text or a link.
          serve                   Preview the site; rebuild on every change.
          snils                   Check the check digits of a SNILS.
          stats                   Summarise hotline call logs; learn answer weights.
          tree                    Print the interview as a decision tree.
          help                    Show help for a subcommand.

          See 'spravka help <subcommand>' for detailed help.

        """

    func testHelpFlagsAndHelpSubcommandPrintTheToolHelp() {
        let expected = Transcript(status: 0, stdout: Self.toolHelp)
        XCTAssertEqual(spravka("--help"), expected)
        XCTAssertEqual(spravka("-h"), expected)
        XCTAssertEqual(spravka("help"), expected)
    }

    func testNoArgumentsPrintsTheToolHelp() {
        XCTAssertEqual(spravka(), Transcript(status: 0, stdout: Self.toolHelp))
    }

    func testVersion() {
        XCTAssertEqual(spravka("--version"), Transcript(status: 0, stdout: "spravka 0.1.0\n"))
    }

    func testEverySubcommandHasHelpInThreeSpellings() {
        for command in CommandLineTool.spravka.commands {
            let help = spravka("help", command.name)
            XCTAssertEqual(help.status, 0, command.name)
            XCTAssertEqual(help.stderr, "", command.name)
            XCTAssertTrue(
                help.stdout.hasPrefix("OVERVIEW: \(command.summary)\n"), "\(command.name): \(help)")
            XCTAssertTrue(help.stdout.contains("\nUSAGE: spravka \(command.name)"), command.name)
            XCTAssertTrue(help.stdout.contains("  -h, --help  "), command.name)
            XCTAssertEqual(spravka(command.name, "--help"), help, command.name)
            XCTAssertEqual(spravka(command.name, "-h"), help, command.name)
        }
    }

    func testHelpForHelp() {
        XCTAssertEqual(
            spravka("help", "help"),
            Transcript(
                status: 0,
                stdout: """
                    OVERVIEW: Show help for a subcommand.

                    USAGE: spravka help [<subcommand>]

                    ARGUMENTS:
                      <subcommand>            The subcommand to show help for.

                    """))
    }

    func testUnknownSubcommandIsAUsageError() {
        XCTAssertEqual(
            spravka("frob", "--unsafe"),
            Transcript(
                status: 64, stdout: "",
                stderr: "spravka: unknown subcommand 'frob'; valid subcommands: build, check, compare-names, diagnose, markdown, new, qr, serve, snils, stats, tree, help\n"))
    }

    func testHelpForUnknownSubcommandIsAUsageError() {
        XCTAssertEqual(
            spravka("help", "frob"),
            Transcript(
                status: 64, stdout: "",
                stderr: "spravka: unknown subcommand 'frob'; valid subcommands: build, check, compare-names, diagnose, markdown, new, qr, serve, snils, stats, tree, help\n"))
        XCTAssertEqual(
            spravka("help", "markdown", "extra"),
            Transcript(
                status: 64, stdout: "",
                stderr:
                    "spravka: unexpected argument 'extra' for 'help'; usage: spravka help [<subcommand>]\n"
            ))
    }

    func testUnknownToolOptionIsAUsageError() {
        XCTAssertEqual(
            spravka("--frob", "markdown"),
            Transcript(
                status: 64, stdout: "",
                stderr: "spravka: unknown option '--frob'; valid options: --version, --help\n"))
    }

    func testDoubleDashBeforeTheSubcommandIsAllowed() {
        XCTAssertEqual(spravka("--", "markdown", stdin: "").status, 0)
        XCTAssertEqual(
            spravka("--", "--version"),
            Transcript(
                status: 64, stdout: "",
                stderr: "spravka: unknown subcommand '--version'; valid subcommands: build, check, compare-names, diagnose, markdown, new, qr, serve, snils, stats, tree, help\n"))
        XCTAssertEqual(
            spravka("--"),
            Transcript(
                status: 64, stdout: "",
                stderr: "spravka: missing subcommand after '--'; valid subcommands: build, check, compare-names, diagnose, markdown, new, qr, serve, snils, stats, tree, help\n"))
    }

    func testHelpWinsOverBadOptions() {
        XCTAssertEqual(spravka("markdown", "--frob", "--help"), spravka("help", "markdown"))
    }

    func testHelpAfterDoubleDashIsAnArgument() {
        XCTAssertEqual(
            spravka("markdown", "--", "--help"),
            Transcript(
                status: 64, stdout: "",
                stderr:
                    "spravka: unexpected argument '--help' for 'markdown'; usage: spravka markdown [--unsafe] [--no-extensions]\n"
            ))
    }

    func testUsageErrorsAreOneLine() {
        for arguments in [["frob"], ["--frob"], ["markdown", "--frob"], ["markdown", "x"], ["help", "x"]] {
            let (console, _, error) = Console.inMemory()
            XCTAssertEqual(SpravkaCLI.run(arguments: arguments, console: console), 64, "\(arguments)")
            XCTAssertEqual(error.text.filter { $0 == "\n" }.count, 1, "\(arguments): \(error.text)")
            XCTAssertTrue(error.text.hasPrefix("spravka: "), "\(arguments): \(error.text)")
        }
    }
}
