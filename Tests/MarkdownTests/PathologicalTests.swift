import XCTest
@testable import Markdown

/// Hostile inputs (cmark's pathological tests) at sizes that run fast; each asserts the
/// structure of the output. Timing at full size is in scripts/bench-pathological.sh.
final class PathologicalTests: XCTestCase {
    private func html(_ markdown: String, extensions: MarkdownOptions.Extensions = .gfm) -> String {
        markdownToHTML(markdown, options: MarkdownOptions(unsafe: true, extensions: extensions))
    }

    private func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    func testNestedBlockQuotesStopAtTheNestingLimit() {
        let output = html(String(repeating: "> ", count: 5000) + "a")
        XCTAssertEqual(count("<blockquote>", in: output), BlockParser.maxNesting)
        XCTAssertEqual(count("</blockquote>", in: output), BlockParser.maxNesting)
        XCTAssertTrue(output.contains("&gt; &gt; a</p>"), "deeper markers stay text")
    }

    func testDeeplyNestedListsStopAtTheNestingLimit() {
        let input = (0..<3000).map { String(repeating: "  ", count: $0) + "* a\n" }.joined()
        let output = html(input)
        XCTAssertEqual(count("<ul>", in: output), BlockParser.maxNesting / 2)
        XCTAssertEqual(count("<ul>", in: output), count("</ul>", in: output))
    }

    func testNestedBracketsMakeNoLink() {
        let output = html(String(repeating: "[", count: 20000) + "a" + String(repeating: "]", count: 20000))
        XCTAssertFalse(output.contains("<a "))
        XCTAssertEqual(count("[", in: output), 20000)
    }

    func testUnclosedLinkOpenersStayText() {
        let output = html(String(repeating: "[a", count: 20000))
        XCTAssertEqual(output, "<p>" + String(repeating: "[a", count: 20000) + "</p>\n")
    }

    func testLinkClosersWithoutOpenersStayText() {
        let output = html(String(repeating: "a]", count: 20000))
        XCTAssertEqual(output, "<p>" + String(repeating: "a]", count: 20000) + "</p>\n")
    }

    func testEmphasisOpenersWithoutClosersStayText() {
        XCTAssertEqual(html(String(repeating: "_a ", count: 20000)),
            "<p>" + String(repeating: "_a ", count: 19999) + "_a</p>\n")
    }

    func testMismatchedOpenersAndClosers() {
        let output = html(String(repeating: "*a_ ", count: 20000))
        XCTAssertFalse(output.contains("<em>"))
    }

    func testOpenersAndClosersMultipleOfThree() {
        let output = html("a**b" + String(repeating: "c* ", count: 20000))
        XCTAssertFalse(output.contains("<strong>"))
    }

    func testUnclosedAngleDestinations() {
        let output = html(String(repeating: "[a](<b", count: 20000))
        XCTAssertFalse(output.contains("<a "))
        XCTAssertTrue(output.hasPrefix("<p>[a](&lt;b[a](&lt;b"))
    }

    func testImagesInBrackets() {
        let output = html(String(repeating: "![[]()", count: 10000))
        XCTAssertEqual(count("<img ", in: output), 0)
        XCTAssertEqual(count("<a href=\"\">", in: output), 10000)
    }

    func testBacktickRunsOfGrowingLength() {
        let input = (1..<1000).map { "e" + String(repeating: "`", count: $0) }.joined()
        let output = html(input)
        XCTAssertFalse(output.contains("<code>"))
    }

    func testUnclosedComments() {
        let output = html("</" + String(repeating: "<!--", count: 20000))
        XCTAssertFalse(output.contains("<!-- "))
        XCTAssertTrue(output.hasPrefix("<p>&lt;/&lt;!--"))
    }

    func testTableWithThousandsOfColumns() {
        let columns = 5000
        let input = "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n|"
            + String(repeating: "b|", count: columns) + "\n"
        let output = html(input)
        XCTAssertEqual(count("<th>a</th>", in: output), columns)
        XCTAssertEqual(count("<td>b</td>", in: output), columns)
    }

    func testNULBytesBecomeReplacementCharacters() {
        XCTAssertEqual(html("a\u{0}b"), "<p>a\u{FFFD}b</p>\n")
    }

    func testInvalidUTF8IsRepaired() {
        let document = Document(parsing: [0x61, 0xFF, 0x62], options: .default)
        XCTAssertEqual(document.html(), "<p>a\u{FFFD}b</p>\n")
    }
}
