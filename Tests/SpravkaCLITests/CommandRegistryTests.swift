import SpravkaCLI
import XCTest

/// Rules every registered command must follow, so that help and errors stay consistent as
/// commands are added.
final class CommandRegistryTests: XCTestCase {
    private let kebabCase = /[a-z][a-z0-9]*(-[a-z0-9]+)*/

    func testCommandsAreWellFormed() throws {
        let commands = CommandLineTool.spravka.commands
        XCTAssertFalse(commands.isEmpty)
        XCTAssertEqual(Set(commands.map { $0.name }).count, commands.count, "duplicate command names")
        for command in commands {
            let name = command.name
            XCTAssertNotNil(try kebabCase.wholeMatch(in: name), name)
            XCTAssertNotEqual(name, "help", "help is built in")
            XCTAssertTrue(command.summary.hasSuffix("."), "\(name): summary ends with a full stop")
            XCTAssertFalse(command.summary.contains("\n"), "\(name): summary is one line")
            XCTAssertLessThanOrEqual(command.summary.count, 54, "\(name): summary fits the help column")

            let options = command.options
            XCTAssertEqual(Set(options.map(\.name)).count, options.count, "\(name): duplicate options")
            let shortNames = options.compactMap(\.shortName)
            XCTAssertEqual(Set(shortNames).count, shortNames.count, "\(name): duplicate short names")
            for option in options {
                XCTAssertNotNil(try kebabCase.wholeMatch(in: option.name), "\(name): \(option.name)")
                XCTAssertNotEqual(option.name, "help", "\(name): --help is built in")
                XCTAssertNotEqual(option.shortName, "h", "\(name): -h is built in")
                XCTAssertTrue(option.help.hasSuffix("."), "\(name): \(option.name) help ends with '.'")
            }
            for positional in command.positionals.dropLast() {
                XCTAssertEqual(positional.arity, .required, "\(name): only the last positional may be optional")
            }
        }
    }
}
