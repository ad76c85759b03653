import XCTest
@testable import Markdown

/// The inline parser on its own (hand-built leaves), link reference definitions, label
/// normalization, and hostile inputs that must stay linear.
final class InlineParserTests: XCTestCase {
    // MARK: - Helpers

    /// A leaf whose lines start at column 1 of consecutive source lines from `line`.
    private func leaf(_ text: String, line: Int = 1, column: Int = 1) -> LeafText {
        let bytes = Array(text.utf8)
        var starts: [(offset: Int, position: SourcePosition)] = [(0, SourcePosition(line: line, column: column))]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append((index + 1, SourcePosition(line: line + starts.count, column: column)))
        }
        return LeafText(bytes: bytes, lineStarts: starts)
    }

    private func parse(_ text: String, references: ReferenceMap = ReferenceMap(), options: MarkdownOptions = MarkdownOptions(unsafe: true, extensions: [])) -> [Node] {
        InlineParser(references: references, options: options).parse(leaf(text))
    }

    private func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: startLine, column: startColumn), end: SourcePosition(line: endLine, column: endColumn))
    }

    private func html(_ markdown: String, _ options: MarkdownOptions = MarkdownOptions(unsafe: true, extensions: [])) -> String {
        markdownToHTML(markdown, options: options)
    }

    // MARK: - Structure and source ranges

    func testAdjacentTextIsMerged() {
        // `a`, the unmatched `*`, `&amp;` and `b` are parsed separately but read as one text.
        let nodes = parse("a*&amp;b")
        XCTAssertEqual(nodes, [Node(.text("a*&b"), range: range(1, 1, 1, 8))])
    }

    func testRangesOfEmphasisCodeAndLinks() {
        let nodes = parse("x **b** `c`\n[d](/e \"t\")")
        XCTAssertEqual(nodes.map(\.kind), [
            .text("x "), .strong, .text(" "), .code("c"), .softBreak, .link(destination: "/e", title: "t"),
        ])
        XCTAssertEqual(nodes[1].range, range(1, 3, 1, 7), "strong spans its delimiters")
        XCTAssertEqual(nodes[1].children, [Node(.text("b"), range: range(1, 5, 1, 5))])
        XCTAssertEqual(nodes[3].range, range(1, 9, 1, 11))
        XCTAssertEqual(nodes[4].range, range(1, 12, 1, 12))
        XCTAssertEqual(nodes[5].range, range(2, 1, 2, 11))
        XCTAssertEqual(nodes[5].children, [Node(.text("d"), range: range(2, 2, 2, 2))])
    }

    func testPartlyUsedDelimiterRunsKeepTheirRemainder() {
        // `***a**`: the strong uses the inner two `*`; the outer one stays text.
        let nodes = parse("***a**")
        XCTAssertEqual(nodes.map(\.kind), [.text("*"), .strong])
        XCTAssertEqual(nodes[0].range, range(1, 1, 1, 1))
        XCTAssertEqual(nodes[1].range, range(1, 2, 1, 6))
    }

    func testRangesFollowContainerOffsets() {
        // A leaf inside a block quote: its lines start at column 3.
        let nodes = InlineParser(references: ReferenceMap(), options: .default).parse(leaf("a\n*b*", line: 4, column: 3))
        XCTAssertEqual(nodes.last?.kind, .emphasis)
        XCTAssertEqual(nodes.last?.range, range(5, 3, 5, 5))
    }

    func testHardBreaks() {
        XCTAssertEqual(parse("a  \nb").map(\.kind), [.text("a"), .lineBreak, .text("b")])
        XCTAssertEqual(parse("a\\\nb").map(\.kind), [.text("a"), .lineBreak, .text("b")])
        XCTAssertEqual(parse("a \t\nb").map(\.kind), [.text("a"), .softBreak, .text("b")])
    }

    // MARK: - Entities

    func testEntities() {
        XCTAssertEqual(parse("&ngE; &#0; &#x110000; &#X41; &bogus; &amp").map(\.kind), [
            .text("\u{2267}\u{0338} \u{FFFD} \u{FFFD} A &bogus; &amp"),
        ])
        XCTAssertEqual(EntityDecoder.entryStarts.count, 2125)
        // Names that are prefixes of others (`sup`, `sup1`) and differ only in case.
        XCTAssertEqual(parse("&sup; &sup1; &supE; &frac12; &AMP; &amp; &Sup;").map(\.kind), [
            .text("\u{2283} \u{B9} \u{2AC6} \u{BD} & & \u{22D1}"),
        ])
    }

    /// The binary search finds every name: the packed table is in the order it assumes.
    func testEveryEntityNameIsFound() {
        Entities.packed.withUTF8Buffer { packed in
            let starts = EntityDecoder.entryStarts.map(Int.init)
            for (index, start) in starts.enumerated() {
                var end = start
                while packed[end] != UInt8(ascii: "=") { end += 1 }
                let name = Array(UnsafeBufferPointer(rebasing: packed[start..<end]))
                let found = name.withUnsafeBufferPointer { EntityDecoder.lookup($0) }
                XCTAssertNotNil(found, String(decoding: name, as: UTF8.self))
                if index + 1 < starts.count {
                    let order = name.withUnsafeBufferPointer { EntityDecoder.compare($0, entryAt: starts[index + 1], in: packed) }
                    XCTAssertEqual(order, -1, String(decoding: name, as: UTF8.self))
                }
            }
        }
    }

    // MARK: - References

    func testLabelNormalization() {
        XCTAssertEqual(ReferenceMap.normalize("  Foo \n\t BAR "), "foo bar")
        XCTAssertEqual(ReferenceMap.normalize("ẞ"), ReferenceMap.normalize("SS"))
        XCTAssertEqual(ReferenceMap.normalize("ΑΓΩ"), ReferenceMap.normalize("αγω"))
        XCTAssertNil(ReferenceMap.normalize(" \n "))
    }

    func testReferenceLookupUsesFirstDefinition() {
        var references = ReferenceMap()
        references.add(label: "Foo  Bar", reference: LinkReference(destination: "/1", title: ""))
        references.add(label: "foo bar", reference: LinkReference(destination: "/2", title: ""))
        let nodes = parse("[FOO\nbar] [x][foo bar] [foo bar][]", references: references)
        let links = nodes.filter { if case .link = $0.kind { return true } else { return false } }
        XCTAssertEqual(links.map(\.kind), Array(repeating: .link(destination: "/1", title: ""), count: 3))
    }

    func testLinkReferenceDefinitions() throws {
        let content = Array("[a]: /u 'T'\n[b]:\n<>\n  \"t\"\n[c]: /v \"t\" junk\n".utf8)
        let first = try XCTUnwrap(LinkReferenceDefinitionParser.parse(content, from: 0))
        XCTAssertEqual(first.label, "a")
        XCTAssertEqual(first.reference, LinkReference(destination: "/u", title: "T"))
        let second = try XCTUnwrap(LinkReferenceDefinitionParser.parse(content, from: first.end))
        XCTAssertEqual(second.reference, LinkReference(destination: "", title: "t"))
        // A title followed by more text on its line is not a definition.
        XCTAssertNil(LinkReferenceDefinitionParser.parse(content, from: second.end))
        // A definition may end at the end of the content, and a title may end it early.
        let last = Array("[d]: /w\n\"t\" x".utf8)
        let fourth = try XCTUnwrap(LinkReferenceDefinitionParser.parse(last, from: 0))
        XCTAssertEqual(fourth.reference, LinkReference(destination: "/w", title: ""))
        XCTAssertEqual(fourth.end, 8)
        XCTAssertNil(LinkReferenceDefinitionParser.parse(Array("[ ]: /u".utf8), from: 0))
        XCTAssertNil(LinkReferenceDefinitionParser.parse(Array("[a]:".utf8), from: 0))
    }

    func testDestinationsAndTitlesDecodeEscapesAndEntities() {
        XCTAssertEqual(parse(#"[a](/&ouml;\*x "t&quot;\"")"#).first?.kind, .link(destination: "/ö*x", title: "t\"\""))
        XCTAssertEqual(parse("[a](<b c>)").first?.kind, .link(destination: "b c", title: ""))
    }

    // MARK: - GFM

    func testStrikethrough() {
        let gfm = MarkdownOptions(unsafe: true, extensions: .gfm)
        XCTAssertEqual(html("~a~ ~~b~~ ~~~c~~~", gfm), "<p><del>a</del> <del>b</del> ~~~c~~~</p>\n")
        XCTAssertEqual(html("~~a~ b~~", gfm), "<p><del>a~ b</del></p>\n")
        XCTAssertEqual(html("~a~", MarkdownOptions(unsafe: true, extensions: [])), "<p>~a~</p>\n")
    }

    func testExtendedAutolinks() {
        let gfm = MarkdownOptions(unsafe: true, extensions: .gfm)
        XCTAssertEqual(
            html("see www.example.com/a_(b)). and https://x.org/?q=1&amp; or me@mail.example.org.", gfm),
            "<p>see <a href=\"http://www.example.com/a_(b)\">www.example.com/a_(b)</a>). and "
                + "<a href=\"https://x.org/?q=1\">https://x.org/?q=1</a>&amp; or "
                + "<a href=\"mailto:me@mail.example.org\">me@mail.example.org</a>.</p>\n")
        XCTAssertEqual(html("[www.example.com](/x)", gfm), "<p><a href=\"/x\">www.example.com</a></p>\n")
        XCTAssertEqual(html("www.a_b.com xwww.a.com", gfm), "<p>www.a_b.com xwww.a.com</p>\n")
    }

    // MARK: - Hostile inputs (linear time; assertions on output, not on time)

    func testNestedStrongEmphasis() {
        let n = 60
        let output = html(String(repeating: "*a **a ", count: n) + "b" + String(repeating: " a** a*", count: n))
        XCTAssertTrue(output.hasPrefix("<p><em>a <strong>a <em>a <strong>a "))
        XCTAssertEqual(output.components(separatedBy: "<strong>").count - 1, n)
    }

    func testVeryDeepNestingIsFlattenedNotCrashing() {
        // 40,000 levels would overflow the stack of any recursive consumer of the tree.
        let n = 20_000
        let output = html(String(repeating: "*a **a ", count: n) + "b" + String(repeating: " a** a*", count: n))
        let depth = InlineTree.maximumNesting
        XCTAssertEqual(output.components(separatedBy: "<em>").count - 1 + output.components(separatedBy: "<strong>").count - 1, depth)
        XCTAssertEqual(output.components(separatedBy: "a").count - 1, 4 * n, "no text is lost")
        XCTAssertTrue(output.contains(" b "))
    }

    func testUnmatchedDelimitersStayText() {
        let n = 20_000
        XCTAssertEqual(html(String(repeating: "_a ", count: n)), "<p>" + String(repeating: "_a ", count: n - 1) + "_a</p>\n")
        XCTAssertEqual(html(String(repeating: "a_ ", count: n)), "<p>" + String(repeating: "a_ ", count: n - 1) + "a_</p>\n")
        XCTAssertEqual(html(String(repeating: "*a_ ", count: n)), "<p>" + String(repeating: "*a_ ", count: n - 1) + "*a_</p>\n")
        let multipleOfThree = html("a**b" + String(repeating: "c* ", count: n))
        XCTAssertFalse(multipleOfThree.contains("<em>"))
    }

    func testBracketFloods() {
        let n = 20_000
        XCTAssertEqual(html(String(repeating: "[a", count: n)), "<p>" + String(repeating: "[a", count: n) + "</p>\n")
        XCTAssertEqual(html(String(repeating: "a]", count: n)), "<p>" + String(repeating: "a]", count: n) + "</p>\n")
        XCTAssertEqual(
            html(String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n)),
            "<p>" + String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n) + "</p>\n")
        XCTAssertFalse(html(String(repeating: "[a](<b", count: n)).contains("<a"))
        XCTAssertFalse(html(String(repeating: "[a](b", count: n)).contains("<a"))
        XCTAssertFalse(html(String(repeating: "[ (](", count: n)).contains("<a"))
    }

    func testImagesAroundLinks() {
        // cmark is quadratic here (it walks every image opener to deactivate link openers).
        let n = 20_000
        let output = html(String(repeating: "![[]()", count: n))
        XCTAssertEqual(output.components(separatedBy: "<a href=\"\"></a>").count - 1, n)
        let mixed = html(String(repeating: "![", count: n) + String(repeating: "[a](b)", count: n))
        XCTAssertEqual(mixed.components(separatedBy: "<a href=\"b\">a</a>").count - 1, n)
    }

    func testBacktickRuns() {
        // Openers of growing length with no closers: each is rejected from the run table.
        var text = ""
        for length in 1...300 { text += "e" + String(repeating: "`", count: length) }
        XCTAssertFalse(html(text).contains("<code>"))
        let n = 20_000
        XCTAssertEqual(html(String(repeating: "`a ", count: n)).components(separatedBy: "<code>").count - 1, n / 2)
    }

    func testUnclosedRawHTML() {
        let n = 20_000
        for opener in ["<!--", "<?", "<![CDATA[", "<!A", "<a b='", "<a"] {
            let output = html("x" + String(repeating: opener, count: n))
            XCTAssertFalse(output.contains("<" + opener.dropFirst()), "\(opener) should stay text")
            XCTAssertTrue(output.hasPrefix("<p>x&lt;"))
        }
    }

    func testExtendedAutolinkFloods() {
        let gfm = MarkdownOptions(unsafe: true, extensions: .gfm)
        let n = 20_000
        XCTAssertEqual(
            html("www.a.com" + String(repeating: ")", count: n), gfm),
            "<p><a href=\"http://www.a.com\">www.a.com</a>" + String(repeating: ")", count: n) + "</p>\n")
        XCTAssertFalse(html(String(repeating: "a@", count: n), gfm).contains("<a"))
        XCTAssertEqual(html(String(repeating: "~a ~~b ", count: n), gfm).components(separatedBy: "<del>").count - 1, 0)
    }
}
