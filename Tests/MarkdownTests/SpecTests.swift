import Foundation
import XCTest
@testable import Markdown

/// One example of the CommonMark spec or of the GFM extensions, as the JSON fixtures hold it.
struct SpecExample: Decodable {
    var example: Int
    var section: String
    var markdown: String
    var html: String
    var extension_: String?

    enum CodingKeys: String, CodingKey {
        case example, section, markdown, html
        case extension_ = "extension"
    }

    static func load(_ name: String) throws -> [SpecExample] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode([SpecExample].self, from: Data(contentsOf: url))
    }

    /// Whether both ways to HTML, through the `Document` and written directly, give the
    /// expected HTML.
    static func passes(_ example: SpecExample, options: MarkdownOptions) -> Bool {
        markdownToHTML(example.markdown, options: options) == example.html
            && markdownToHTML(utf8: Array(example.markdown.utf8), options: options) == Array(example.html.utf8)
    }
}

final class SpecTests: XCTestCase {
    /// Every example of CommonMark 0.31.2, rendered unsafe and without extensions, byte-exact.
    func testCommonMarkSpec() throws {
        let examples = try SpecExample.load("spec-0.31.2")
        XCTAssertEqual(examples.count, 652)
        let options = MarkdownOptions(unsafe: true, extensions: [])
        let failures = examples.filter { !SpecExample.passes($0, options: options) }
        for failure in failures {
            let actual = markdownToHTML(failure.markdown, options: options)
            let direct = String(decoding: markdownToHTML(utf8: Array(failure.markdown.utf8), options: options), as: UTF8.self)
            XCTFail("example \(failure.example) (\(failure.section)):\n--- markdown\n\(failure.markdown)--- expected\n\(failure.html)--- actual\n\(actual)--- written directly\n\(direct)")
        }
        print("CommonMark spec: \(examples.count - failures.count)/\(examples.count) examples pass")
    }

    /// Every GFM extension example (tables, strikethrough, autolinks, tagfilter), unsafe.
    func testGFMExtensions() throws {
        let examples = try SpecExample.load("gfm-extensions")
        XCTAssertEqual(examples.count, 22)
        let options = MarkdownOptions(unsafe: true, extensions: .gfm)
        let failures = examples.filter { !SpecExample.passes($0, options: options) }
        for failure in failures {
            let actual = markdownToHTML(failure.markdown, options: options)
            let direct = String(decoding: markdownToHTML(utf8: Array(failure.markdown.utf8), options: options), as: UTF8.self)
            XCTFail("GFM example \(failure.example) (\(failure.section)):\n--- markdown\n\(failure.markdown)--- expected\n\(failure.html)--- actual\n\(actual)--- written directly\n\(direct)")
        }
        print("GFM extensions: \(examples.count - failures.count)/\(examples.count) examples pass")
    }

    /// With extensions on, the plain CommonMark examples still pass, except those that the
    /// extensions change on purpose (an autolink or strikethrough where CommonMark has text).
    func testCommonMarkSpecWithExtensionsOnlyDiffersWhereExtensionsApply() throws {
        let examples = try SpecExample.load("spec-0.31.2")
        let options = MarkdownOptions(unsafe: true, extensions: .gfm)
        for example in examples {
            let actual = markdownToHTML(example.markdown, options: options)
            guard actual != example.html else { continue }
            let extensionMarkers = ["www.", "http", "@", "~", "|", "<"]
            XCTAssertTrue(
                extensionMarkers.contains { example.markdown.contains($0) },
                "example \(example.example) (\(example.section)) changed under GFM extensions with no extension syntax in it")
        }
    }
}
