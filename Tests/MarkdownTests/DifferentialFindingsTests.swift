import XCTest
@testable import Markdown

/// What the differential tests (Differential/) found Spravka doing differently from cmark,
/// fixed, and kept here with cmark's output so that they stay fixed where cmark is not
/// installed. Each is checked through both ways to HTML.
final class DifferentialFindingsTests: XCTestCase {
    func check(_ markdown: String, _ expected: String, options: MarkdownOptions = MarkdownOptions(unsafe: true, extensions: []),
               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(markdownToHTML(markdown, options: options), expected, file: file, line: line)
        XCTAssertEqual(String(decoding: markdownToHTML(utf8: Array(markdown.utf8), options: options), as: UTF8.self), expected,
                       "written directly", file: file, line: line)
    }

    /// §5.1, §4.6: a line that would start an HTML block of type 7, which cannot interrupt a
    /// paragraph, continues a paragraph in a block quote or list item lazily.
    func testType7HTMLIsALazyContinuationLine() {
        check("> Foo\n<a href=\"bar\">\nbaz\n", "<blockquote>\n<p>Foo\n<a href=\"bar\">\nbaz</p>\n</blockquote>\n")
        check("- Foo\n<a href=\"bar\">\n", "<ul>\n<li>Foo\n<a href=\"bar\"></li>\n</ul>\n")
        check("- <script>\n- some text\nsome other text\n</script>\n",
              "<ul>\n<li>\n<script>\n</li>\n<li>some text\nsome other text\n</script></li>\n</ul>\n")
        check("> [Foo bar]:\n<my url>\n'title'\n\n[Foo bar]\n",
              "<blockquote>\n</blockquote>\n<p><a href=\"my%20url\" title=\"title\">Foo bar</a></p>\n")
        // A container opened on the line ends the laziness: the new item may hold the block.
        check("> Foo\n- <a>\n", "<blockquote>\n<p>Foo</p>\n</blockquote>\n<ul>\n<li>\n<a>\n</li>\n</ul>\n")
    }

    /// §4.6: the blank lines of an HTML block that a container's end closes are lines of it.
    func testHTMLBlockKeepsItsBlankLines() {
        check("- <!-- Foo\n\nbar\n", "<ul>\n<li>\n<!-- Foo\n\n</li>\n</ul>\n<p>bar</p>\n")
        check("<!-- a\n\n\n", "<!-- a\n\n\n")
    }

    /// A byte order mark at the start of the input is not text.
    func testLeadingByteOrderMarkIsDropped() {
        check("\u{FEFF}# Hi\n", "<h1>Hi</h1>\n")
        check("a\n\u{FEFF}b\n", "<p>a\n\u{FEFF}b</p>\n")
    }

    /// §4.5: the language is the info string's first word, ended by any whitespace.
    func testLanguageEndsAtAnyWhitespace() {
        check("```js&#x0C;custom-class\ntest\n```\n", "<pre><code class=\"language-js\">test\n</code></pre>\n")
    }

    /// GFM autolinks: a host may start with a non-ASCII letter or symbol, as cmark-gfm has it.
    func testURLAutolinkHostMayStartNonASCII() {
        check("http://🍄.ga/ http://é.ga\n",
              "<p><a href=\"http://%F0%9F%8D%84.ga/\">http://🍄.ga/</a> <a href=\"http://%C3%A9.ga\">http://é.ga</a></p>\n",
              options: MarkdownOptions(unsafe: true, extensions: .gfm))
        check("http://«a.ga/\n", "<p>http://«a.ga/</p>\n", options: MarkdownOptions(unsafe: true, extensions: .gfm))
    }
}
