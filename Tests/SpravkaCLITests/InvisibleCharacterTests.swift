import Foundation
import XCTest

/// Page words live in `Articles/pages/` and the site's typography places the no-break spaces
/// (docs/architecture.md, "Page texts"): no Swift source under `Sources/` holds an invisible
/// character, typed or escaped. Typed ones cannot be seen in an editor; escaped ones
/// (`\u{A0}`) are typography done by hand. Code that must name such a character (the check
/// that finds no-break spaces in content, the tokenizer that drops soft hyphens) names it by
/// its code point.
final class InvisibleCharacterTests: XCTestCase {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Spaces and joiners that do not show: the no-break spaces (U+00A0, U+202F), the
    /// typographic spaces, zero-width characters, the word joiner, the soft hyphen.
    static let invisible: Set<UInt32> = [0x00A0, 0x00AD, 0x2007, 0x2008, 0x2009, 0x200A, 0x200B, 0x200C, 0x200D, 0x202F, 0x205F, 0x2060, 0x3000]

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if invisible.contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .spaceSeparator: return scalar != " "
        case .format, .lineSeparator, .paragraphSeparator: return true
        case .control: return !["\n", "\t", "\r"].contains(scalar)
        default: return false
        }
    }

    /// `file:line: what` for every invisible character typed, and every `\u{…}` escape of one.
    static func findings(in text: String, file: String) -> [String] {
        var found: [String] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for scalar in line.unicodeScalars where isInvisible(scalar) {
                found.append("\(file):\(offset + 1): U+\(String(scalar.value, radix: 16, uppercase: true)) typed")
            }
            for match in line.matches(of: /\\u\{([0-9A-Fa-f]{1,6})\}/) {
                if let value = UInt32(match.1, radix: 16), let scalar = Unicode.Scalar(value), isInvisible(scalar), invisible.contains(value) {
                    found.append("\(file):\(offset + 1): \(match.0) escaped")
                }
            }
        }
        return found
    }

    func testNoSourceHoldsAnInvisibleCharacter() throws {
        guard let enumerator = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil) else {
            return XCTFail("cannot list \(Self.sources.path)")
        }
        var files = 0
        var found: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            files += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            found += Self.findings(in: text, file: String(url.path.dropFirst(Self.sources.path.count + 1)))
        }
        XCTAssertGreaterThan(files, 100, "the sources were not found")
        XCTAssertEqual(found, [], "write page words in Articles/pages/ with ordinary spaces; the typography places the rest")
    }

    /// The finder itself: each kind of hiding place is found, ordinary text is not.
    func testFindsTypedAndEscapedInvisibleCharacters() {
        let nbsp = String(Unicode.Scalar(UInt8(0xA0)))
        XCTAssertEqual(Self.findings(in: "let a = \"в" + nbsp + "школе\"", file: "A.swift"), ["A.swift:1: U+A0 typed"])
        XCTAssertEqual(Self.findings(in: "x\nlet b = \"в\\u{A0}школе\"", file: "B.swift"), ["B.swift:2: \\u{A0} escaped"])
        XCTAssertEqual(Self.findings(in: "let c = \"\\u{202F}\\u{AD}\"", file: "C.swift").count, 2)
        XCTAssertEqual(Self.findings(in: "let d = \"в школе — «да»\\n\\u{1B}[1m\"", file: "D.swift"), [])
    }
}
