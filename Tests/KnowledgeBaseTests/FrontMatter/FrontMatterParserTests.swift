import XCTest
import KnowledgeBase

final class FrontMatterParserTests: XCTestCase {
    private func parse(_ lines: String...) -> FrontMatterResult {
        FrontMatterParser.parse(lines.joined(separator: "\n") + "\n")
    }

    private func scalar(_ value: FrontMatter.Value?) -> FrontMatter.Scalar? {
        if case .scalar(let scalar)? = value { return scalar }
        return nil
    }

    private func list(_ value: FrontMatter.Value?) -> [FrontMatter.Scalar]? {
        if case .list(let items)? = value { return items }
        return nil
    }

    private func problems(_ result: FrontMatterResult) -> [String] {
        result.problems.map { "\($0.position): \($0.message)" }
    }

    // MARK: Accepted forms

    func testPlainScalarWithCommentAndPositions() throws {
        let result = parse("---", "title: Как войти в Дневник.ру   # comment", "# a comment line", "", "topic:  login", "---", "Body")
        XCTAssertEqual(problems(result), [])
        let title = try XCTUnwrap(result.frontMatter["title"])
        XCTAssertEqual(title.keyPosition, TextPosition(line: 2, column: 1))
        XCTAssertEqual(scalar(title.value)?.text, "Как войти в Дневник.ру")
        XCTAssertEqual(scalar(title.value)?.position, TextPosition(line: 2, column: 8))
        XCTAssertEqual(scalar(title.value)?.style, .plain)
        XCTAssertEqual(scalar(result.frontMatter["topic"]?.value)?.position, TextPosition(line: 5, column: 9))
        XCTAssertEqual(result.body, "Body\n")
        XCTAssertEqual(result.bodyStartLine, 7)
        XCTAssertTrue(result.isDelimited)
    }

    func testPlainScalarKeepsColonsAndHashesWithoutSpace() {
        let result = parse("---", "summary: Шаг 1: откройте сайт#главная", "---")
        XCTAssertEqual(scalar(result.frontMatter["summary"]?.value)?.text, "Шаг 1: откройте сайт#главная")
    }

    func testColumnsCountCharactersNotBytes() {
        let result = parse("---", "title: «Вход» [", "---")
        // «Вход» is 6 characters but 11 UTF-8 bytes: the `[` is character 15.
        XCTAssertEqual(scalar(result.frontMatter["title"]?.value)?.text, "«Вход» [")
        let broken = parse("---", "audience: [«родитель», \"x", "---")
        XCTAssertEqual(problems(broken), ["2:24: не закрыты двойные кавычки"])
    }

    func testDoubleQuotedStringWithEscapes() {
        let result = parse("---", #"title: "Он сказал \"да\", \\ и\nвсё" # comment"#, "---")
        XCTAssertEqual(problems(result), [])
        let title = scalar(result.frontMatter["title"]?.value)
        XCTAssertEqual(title?.text, "Он сказал \"да\", \\ и\nвсё")
        XCTAssertEqual(title?.style, .doubleQuoted)
        XCTAssertEqual(title?.position, TextPosition(line: 2, column: 8))
        XCTAssertEqual(title?.sourcePosition, TextPosition(line: 2, column: 9))
        XCTAssertEqual(title?.source, #"Он сказал \"да\", \\ и\nвсё"#)
    }

    func testSingleQuotedStringWithDoubledQuote() {
        let result = parse("---", "title: 'It''s #1: «ok»'", "---")
        XCTAssertEqual(problems(result), [])
        XCTAssertEqual(scalar(result.frontMatter["title"]?.value)?.text, "It's #1: «ok»")
        XCTAssertEqual(scalar(result.frontMatter["title"]?.value)?.style, .singleQuoted)
    }

    func testFlowList() {
        let result = parse("---", #"audience: [parent, "b, c", 'd''e' ,  school-staff ]  # who"#, "empty: []", "---")
        XCTAssertEqual(problems(result), [])
        let items = list(result.frontMatter["audience"]?.value)
        XCTAssertEqual(items?.map(\.text), ["parent", "b, c", "d'e", "school-staff"])
        XCTAssertEqual(items?.map(\.position.column), [12, 20, 28, 38])
        XCTAssertEqual(list(result.frontMatter["empty"]?.value)?.count, 0)
    }

    func testBlockList() {
        let result = parse("---", "related:", "  # a comment", "  - first-article", "", "  - \"second, quoted\"  # note", "order: 5", "---")
        XCTAssertEqual(problems(result), [])
        let items = list(result.frontMatter["related"]?.value)
        XCTAssertEqual(items?.map(\.text), ["first-article", "second, quoted"])
        XCTAssertEqual(items?.map(\.position), [TextPosition(line: 4, column: 5), TextPosition(line: 6, column: 5)])
        XCTAssertEqual(scalar(result.frontMatter["order"]?.value)?.text, "5")
    }

    func testOneLevelMapWithContractValuesAsKeys() throws {
        let result = parse("---", "options:", "    under-14: Меньше 14 лет", "    14-17: 'От 14 до 17'", "    unknown: Не знаю", "---")
        XCTAssertEqual(problems(result), [])
        guard case .map(let entries)? = result.frontMatter["options"]?.value else { return XCTFail("not a map") }
        XCTAssertEqual(entries.map(\.key), ["under-14", "14-17", "unknown"])
        XCTAssertEqual(entries.map { self.scalar($0.value)?.text }, ["Меньше 14 лет", "От 14 до 17", "Не знаю"])
        XCTAssertEqual(entries[1].keyPosition, TextPosition(line: 4, column: 5))
        XCTAssertEqual(scalar(entries[1].value)?.position, TextPosition(line: 4, column: 12))
    }

    func testKeyWithNothingUnderItIsEmpty() {
        let result = parse("---", "related:", "title: x", "---")
        XCTAssertEqual(result.frontMatter["related"]?.value, .empty)
        XCTAssertEqual(result.frontMatter.entries.map(\.key), ["related", "title"])
    }

    func testCRLFAndByteOrderMark() {
        let result = FrontMatterParser.parse("\u{FEFF}---\r\ntitle: x\r\n---\r\nBody\r\n")
        XCTAssertEqual(problems(result), [])
        XCTAssertEqual(scalar(result.frontMatter["title"]?.value)?.text, "x")
        XCTAssertEqual(result.bodyStartLine, 4)
        XCTAssertEqual(result.body, "Body\r\n")
    }

    func testEmptyBodyAfterClosingLineWithoutNewline() {
        let result = FrontMatterParser.parse("---\ntitle: x\n---")
        XCTAssertEqual(problems(result), [])
        XCTAssertEqual(result.body, "")
        XCTAssertEqual(result.bodyStartLine, 4)
    }

    // MARK: Rejections

    func testMissingOpeningDelimiter() {
        let result = FrontMatterParser.parse("title: x\n---\nBody\n")
        XCTAssertEqual(problems(result), ["1:1: нет открывающей строки «---»: файл начинается с блока ключей"])
        XCTAssertFalse(result.isDelimited)
        XCTAssertEqual(result.bodyStartLine, 1)
        XCTAssertEqual(result.body, "title: x\n---\nBody\n")
    }

    func testMissingClosingDelimiter() {
        let result = FrontMatterParser.parse("---\ntitle: x\nBody\n")
        XCTAssertEqual(problems(result), ["1:1: нет закрывающей строки «---» после ключей"])
        XCTAssertFalse(result.isDelimited)
        XCTAssertEqual(result.frontMatter.entries, [])
    }

    func testTabsInIndentation() {
        let result = parse("---", "audience:", "\t- parent", "  \t- student", "---")
        XCTAssertEqual(problems(result), ["3:1: табуляция в отступе; делайте отступ пробелами", "4:3: табуляция в отступе; делайте отступ пробелами"])
    }

    func testTabAtStartOfTopLevelLine() {
        let result = parse("---", "\ttitle: x", "topic: faq", "---")
        XCTAssertEqual(problems(result), ["2:1: табуляция в отступе; делайте отступ пробелами"])
        XCTAssertEqual(result.frontMatter.entries.map(\.key), ["topic"])
    }

    func testDuplicateKeysKeepTheFirst() {
        let result = parse("---", "title: first", "title: second", "options:", "  a: 1", "  a: 2", "---")
        XCTAssertEqual(problems(result), ["3:1: ключ «title» повторяется (впервые — в строке 2)", "6:3: ключ «a» повторяется (впервые — в строке 5)"])
        XCTAssertEqual(scalar(result.frontMatter["title"]?.value)?.text, "first")
    }

    func testNestedMap() {
        let result = parse("---", "options:", "  a:", "    b: c", "    d: e", "  f: g", "---")
        XCTAssertEqual(problems(result), ["4:5: вложенные наборы «ключ: значение» не поддерживаются"])
        guard case .map(let entries)? = result.frontMatter["options"]?.value else { return XCTFail("not a map") }
        XCTAssertEqual(entries.map(\.key), ["a", "f"])
    }

    func testNestedLists() {
        let result = parse("---", "a: [x, [y]]", "b:", "  - [y]", "c:", "  k: [v]", "---")
        XCTAssertEqual(problems(result), [
            "2:8: вложенные списки не поддерживаются",
            "4:5: вложенные списки не поддерживаются",
            "6:6: в наборе «ключ: значение» у ключа одно значение, а не список",
        ])
    }

    func testBadIndentation() {
        let result = parse("---", "related:", "  - a", "    - b", " - c", "title: x", "  continued", "  - stray", "---")
        XCTAssertEqual(problems(result), [
            "4:5: неверный отступ: нужно 2 пробела, как в строке 3",
            "5:2: неверный отступ: нужно 2 пробела, как в строке 3",
            "7:3: лишний отступ: значение «title» уже записано в его строке",
        ])
    }

    func testIndentedLineWithoutKeyAndUnindentedListItem() {
        let result = parse("---", "  title: x", "audience:", "- parent", "---")
        XCTAssertEqual(problems(result), [
            "2:3: лишний отступ: отступ бывает только у строк под ключом без значения",
            "4:1: элемент списка без ключа",
        ])
    }

    func testUnterminatedQuotes() {
        let result = parse("---", "title: \"open", "summary: 'open", "list: [a, \"b]", "flow: [a, b", "---")
        XCTAssertEqual(problems(result), [
            "2:8: не закрыты двойные кавычки",
            "3:10: не закрыты одинарные кавычки",
            "4:11: не закрыты двойные кавычки",
            "5:7: список не закрыт: нет «]»",
        ])
        // A value that did not parse is marked, so the loader does not report it again.
        XCTAssertEqual(result.frontMatter["title"]?.value, .invalid)
    }

    func testBadKeysAndMissingSpace() {
        let result = parse("---", "Title: x", "title:x", "no colon here", ": x", "---")
        XCTAssertEqual(problems(result), [
            "2:1: неверный ключ «Title»: ключ пишется строчными латинскими буквами, цифрами и «_»",
            "3:7: после «:» нужен пробел",
            "4:1: ожидалась строка «ключ: значение»",
            "5:1: перед «:» нет ключа",
        ])
    }

    func testUnsupportedYAML() {
        let result = parse("---", "a: {b: c}", "body: |", "esc: \"\\t\"", "q: \"x\" y", "l: [a b c] d", "m: [a, , b]", "---")
        XCTAssertEqual(problems(result), [
            "2:4: запись «{…}» не поддерживается",
            "3:7: многострочные значения («|», «>») не поддерживаются",
            "4:7: неизвестная последовательность «\\t» в строке в двойных кавычках",
            "5:8: лишний текст после значения",
            "6:12: лишний текст после значения",
            "7:8: пустой элемент в списке",
        ])
    }

    func testListAndMapMixups() {
        let result = parse("---", "a:", "  - x", "  k: v", "b:", "  k: v", "  - x", "c:", "  -", "---")
        XCTAssertEqual(problems(result), [
            "4:3: ожидался элемент списка «- …»",
            "7:3: ожидалась строка «ключ: значение», а здесь элемент списка",
            "9:3: пустой элемент списка",
        ])
    }

    func testReportsEveryProblemNotOnlyTheFirst() {
        let result = parse("---", "title: \"x", "title: y", "\tz: 1", "Bad: 2", "ok: fine", "---")
        XCTAssertEqual(result.problems.count, 4)
        XCTAssertEqual(scalar(result.frontMatter["ok"]?.value)?.text, "fine")
    }
}
