import Foundation
import XCTest
@testable import Markdown

/// `markdownToHTML(utf8:options:)` writes HTML without building nodes; it must make exactly
/// the bytes that rendering the `Document` makes, for every input and every option.
final class BlockHTMLWriterTests: XCTestCase {
    static let allOptions = [
        MarkdownOptions(unsafe: false, extensions: []), MarkdownOptions(unsafe: true, extensions: []),
        MarkdownOptions(unsafe: false, extensions: .gfm), MarkdownOptions(unsafe: true, extensions: .gfm),
    ]

    private func assertSameHTML(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        for options in BlockHTMLWriterTests.allOptions {
            let tree = Document(parsing: bytes, options: options).htmlUTF8(options: options)
            let direct = markdownToHTML(utf8: bytes, options: options)
            if tree != direct {
                XCTFail("""
                    \(name) (unsafe: \(options.unsafe), extensions: \(options.extensions.rawValue)):
                    --- markdown
                    \(String(decoding: bytes, as: UTF8.self))
                    --- from the tree
                    \(String(decoding: tree, as: UTF8.self))
                    --- written directly
                    \(String(decoding: direct, as: UTF8.self))
                    """, file: file, line: line)
                return
            }
        }
    }

    func testSpecExamplesMatchTheTree() throws {
        for name in ["spec-0.31.2", "gfm-extensions"] {
            for example in try SpecExample.load(name) {
                assertSameHTML(Array(example.markdown.utf8), "\(name) example \(example.example)")
            }
        }
    }

    func testRegressionsMatchTheTree() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "regressions", withExtension: nil, subdirectory: "Fixtures"))
        let files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            assertSameHTML(Array(try Data(contentsOf: file)), "regressions/\(file.lastPathComponent)")
        }
    }

    /// Real Russian prose: every file of the repository's `Articles/` and `docs/`.
    func testTheRepositorysProseMatchesTheTree() throws {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for folder in ["Articles", "docs"] {
            let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: repository.appendingPathComponent(folder), includingPropertiesForKeys: nil))
            for case let file as URL in enumerator where file.pathExtension == "md" {
                assertSameHTML(Array(try Data(contentsOf: file)), "\(folder)/\(file.lastPathComponent)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 150)
    }

    /// Where the writer departs from the tree's shape: emails across merged text, images in
    /// images (alt text), containers nested past `InlineTree.maximumNesting`, tables, lists
    /// with a start, code info strings, raw HTML under the tag filter, bad bytes.
    func testEdgeCasesMatchTheTree() {
        let cases: [String] = [
            "mail a\\_b@example.com or <x@y.org> and a@b.c\\@d.e", "[a@b.com](/x) *a@b.com*",
            "![a *b* `c` <span>d</span>\nline ![e ![f](g)](h)](i \"t\")", "![a@b.com](/img.png)",
            String(repeating: "*a **a ", count: 200) + "b" + String(repeating: " a** a*", count: 200),
            String(repeating: "[", count: 300) + "a@b.com" + String(repeating: "](/u)", count: 300),
            String(repeating: "![", count: 300) + "x" + String(repeating: "](/u)", count: 300),
            "| a | b |\n| :- | -: |\n| c | d | e |\n| f |\n\n| x |\n| :-: |",
            "7. a\n8. b\n\n\n0) c\n\n123456789. d", "- a\n- b\n\n  c\n- d",
            "```  rust  extra\ncode <&>\n```\n\n~~~\n~~~\n\n    indented\n", "``` \tx\ny\n```",
            "<script>alert(1)</script>\n\n<div><title>x</title></div>\n\na <xmp> b <style>",
            "[x](javascript:alert(1)) ![y](data:image/png;base64,AA) [z](DATA:text/html,x)",
            "# h1 #\nSetext\n===\n> quote\n> > nested\n***\n",
            "a\u{0}b\r\nc\rd", "www.example.com/a_(b) https://x.org/?q=1&r=2. ~~del~~ ~one~",
            "&amp; &copy; &#1234; &#xZ; &bogus; \\* \\\n  hard  \nbreak",
            // One-line leaves are written from the input without a copy until they change.
            "[a]: /u\n[a] text\n\n[b]: /v\n===\n\n[c]\n---\n\n[c]: /w", "## title ##  \n#\n# #\n",
            "| a |\n| - |\n\nline\n| a |\n| - |\n| b |", "> lazy\ncontinuation\n\n-\tx\n\n>\t\ttab",
            "para  \n", "   indented *one* line\t", "[not a definition\n",
        ]
        for (index, text) in cases.enumerated() {
            assertSameHTML(Array(text.utf8), "case \(index)")
        }
        assertSameHTML([0x61, 0xFF, 0x62, 0xC3, 0x0A, 0xE2, 0x82], "invalid UTF-8")
        assertSameHTML([], "empty input")
    }
}
