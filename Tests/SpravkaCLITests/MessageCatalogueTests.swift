import Foundation
import XCTest

/// What authors read lives in one catalogue per module (`Sources/<Module>/Messages/`), in
/// Russian: outside the catalogues, no source of the content checks, the loaders, the
/// scaffold, the build and its preview, or the authors' commands spells an English phrase in
/// a string literal. (A rule that reports `"bad date"` again fails here even when no test
/// content triggers it.)
final class MessageCatalogueTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// What speaks to authors, relative to `Sources/`: folders (every file under them) and files.
    /// (`KnowledgeBase/Contract` is left out: the contract's notes describe facts and causes for
    /// developers; what operators and parents read of them is written in `Articles/diagnosis/`.)
    static let scanned = [
        "KnowledgeBase/API", "KnowledgeBase/Body", "KnowledgeBase/Checks", "KnowledgeBase/FrontMatter",
        "KnowledgeBase/Loading", "KnowledgeBase/Regions", "KnowledgeBase/Scaffold", "KnowledgeBase/Diagnostic.swift",
        "SiteBuilder/API", "SiteBuilder/Output", "SiteBuilder/Serve/Preview", "SiteBuilder/Assemble",
        "SpravkaCLI/Commands/CheckCommand.swift", "SpravkaCLI/Commands/NewCommand.swift",
        "SpravkaCLI/Commands/BuildCommand.swift", "SpravkaCLI/Commands/ServeCommand.swift",
    ]

    /// Literals with English phrases that no author reads, each with the reason.
    static let exceptions: [(file: String, literal: String, reason: String)] = [
        ("SiteBuilder/Output/SiteWriter.swift", "written by spravka build", "the marker file's first line, for whoever opens it on the server"),
        ("SpravkaCLI/Commands/ServeCommand.swift", "cannot create a pipe for Ctrl-C", "an internal error (exit 70), not about the content"),
        ("SiteBuilder/Output/BuildFingerprint.swift", "no folder", "bytes fed to the build's hash, never shown"),
        ("SiteBuilder/Output/BuildFingerprint.swift", "program unknown", "bytes fed to the build's hash, never shown"),
    ]

    func testNoEnglishPhraseOutsideTheCatalogues() throws {
        var found: [String] = []
        for file in try Self.files() {
            let relative = String(file.path.dropFirst(Self.sources.path.count + 1))
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, literal) in Self.englishLiterals(in: text)
            where !Self.exceptions.contains(where: { $0.file == relative && literal.contains($0.literal) }) {
                found.append("Sources/\(relative):\(number): \"\(literal)\"")
            }
        }
        XCTAssertEqual(found, [], "texts for authors belong in the module's Messages catalogue, in Russian:\n" + found.joined(separator: "\n"))
    }

    func testTheScanFindsEnglishLiterals() {
        let source = """
            reader.error("bad date '\\(scalar.text)': write YYYY-MM-DD", at: scalar.position)
            let ok = Messages.Fields.badDate(scalar.text) // "a comment, not a literal"
            diagnostics.append(checker.warning(path, position, "«\\(key)» ещё не заполнено", hint: "see the docs"))
            let key = "login_url"
            """
        XCTAssertEqual(Self.englishLiterals(in: source).map(\.number), [1, 3])
        XCTAssertEqual(Self.englishLiterals(in: source).map(\.literal), ["bad date '\\(scalar.text)': write YYYY-MM-DD", "see the docs"])
    }

    func testTheScanReadsTheSources() throws {
        let files = try Self.files().map(\.lastPathComponent)
        XCTAssertTrue(files.contains("FieldReader.swift"))
        XCTAssertTrue(files.contains("CheckCommand.swift"))
        XCTAssertFalse(files.contains("Messages.swift"), "the catalogues themselves are not scanned")
    }

    /// The scanned Swift files, without the catalogues.
    static func files() throws -> [URL] {
        var files: [URL] = []
        for path in scanned {
            let url = sources.appendingPathComponent(path)
            if url.pathExtension == "swift" {
                files.append(url)
                continue
            }
            let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil))
            for case let file as URL in enumerator where file.pathExtension == "swift" && !file.path.contains("/Messages/") {
                files.append(file)
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The one-line string literals of `source` that hold an English phrase (two Latin words
    /// in a row, interpolations and HTML tags aside), with their line numbers. Comments, multi-line literals
    /// (HTML, the commands' help) and the commands' `help:` texts are not looked at.
    static func englishLiterals(in source: String) -> [(number: Int, literal: String)] {
        var result: [(Int, String)] = []
        var inMultiline = false
        for (index, line) in source.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.components(separatedBy: "\"\"\"").count == 2 { inMultiline.toggle(); continue }
            if inMultiline || trimmed.hasPrefix("//") || line.contains("help:") || line.contains("static let summary") { continue }
            for literal in literals(in: line) {
                var text = literal
                while let range = text.range(of: "\\\\\\((?:[^()]|\\([^()]*\\))*\\)", options: .regularExpression) {
                    text.replaceSubrange(range, with: " ")
                }
                text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
                if text.range(of: "\\b[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\b", options: .regularExpression) != nil {
                    result.append((index + 1, literal))
                }
            }
        }
        return result
    }

    /// The contents of the string literals on one line of code, up to a `//` comment.
    static func literals(in line: String) -> [String] {
        var literals: [String] = []
        var current: String?
        var depth = 0
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            guard var text = current else {
                if character == "/", characters.first == "/" { break }
                if character == "\"" { current = "" }
                continue
            }
            if character == "\\", let next = characters.popFirst() {
                text += String([character, next])
                if next == "(" { depth += 1 }
            } else if depth > 0 {
                text.append(character)
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1 }
            } else if character == "\"" {
                literals.append(text)
                current = nil
                continue
            } else {
                text.append(character)
            }
            current = text
        }
        return literals
    }
}
