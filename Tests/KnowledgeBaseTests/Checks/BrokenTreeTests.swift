import XCTest
import KnowledgeBase

/// `Fixtures/broken/Articles` holds one or more mistakes per file; every one must be reported
/// at its exact position, and nothing else.
final class BrokenTreeTests: XCTestCase {
    /// A small contract, so that the fixture can break each of its rules with a few files.
    static let contract = DiagnosticContract(
        facts: [
            .init("symptom", ["login-fails", "other"]),
            .init("who", ["parent", "student"]),
            .init("age", ["child", "adult"]),
            .init("spare", ["yes", "no"]),
        ],
        causes: [
            .init("c-one", symptoms: .listed(["login-fails"]), conditions: [.equals("age", "child")], fixBy: [.parent]),
            .init("c-two", symptoms: .listed(["login-fails"]), conditions: [.equals("who", "parent")], fixBy: [.school]),
        ],
        implications: [])

    /// 29 has no region file in the fixture.
    static let subjects = [FederalSubject(code: "29", name: "Архангельская область")] + Fixtures.subjects

    func testReportsEveryProblemAtItsPosition() {
        let (_, diagnostics) = Fixtures.load("broken", contract: Self.contract, subjects: Self.subjects)
        let actual = diagnostics.map { "\($0.path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
        let expected = Self.expected
        for line in expected where !actual.contains(line) {
            XCTFail("not reported: \(line)")
        }
        for line in actual where !expected.contains(line) {
            XCTFail("unexpected: \(line)")
        }
        XCTAssertEqual(actual, expected, "order")
    }

    static let expected = [
        "Articles/README.md:1:1: warning: file is not part of the content layout and is ignored",
        "Articles/articles/Bad_Name.md:1:1: error: bad file name 'Bad_Name.md': an article id is lower-case latin letters, digits and hyphens",
        "Articles/articles/empty.md:8:1: error: empty body: the article renders nothing",
        "Articles/articles/links.md:11:5: error: no article 'no-such-article'",
        "Articles/articles/links.md:11:35: error: no heading with anchor '#нет-главы' in article 'good'",
        "Articles/articles/links.md:11:64: error: link to 'good.md' is neither an article id nor a full https:// address",
        "Articles/articles/links.md:12:1: error: unsafe link 'javascript:alert(1)': the site drops javascript: links",
        "Articles/articles/links.md:12:32: warning: link to an http:// address",
        "Articles/articles/links.md:13:28: error: no heading with anchor '#чужая' in this file",
        "Articles/articles/links.md:14:1: error: article 'hotline' is not shown in 2 regions: 70, 77, where this text is",
        "Articles/articles/missing-keys.md:1:1: error: missing required key 'about'",
        "Articles/articles/missing-keys.md:1:1: error: missing required key 'audience'",
        "Articles/articles/missing-keys.md:1:1: error: missing required key 'summary'",
        "Articles/articles/missing-keys.md:1:1: error: missing required key 'topic'",
        "Articles/articles/missing-keys.md:1:1: error: missing required key 'updated'",
        "Articles/articles/missing-keys.md:3:1: error: unknown key 'sumary'",
        "Articles/articles/no-opening.md:1:1: error: missing opening '---': a content file starts with a front-matter block",
        "Articles/articles/not-utf8.md:1:1: error: the file is not valid UTF-8",
        "Articles/articles/syntax.md:3:10: error: unterminated double-quoted string",
        "Articles/articles/syntax.md:6:1: error: tab in indentation; indent with spaces",
        "Articles/articles/syntax.md:7:4: error: bad indentation: expected 2 spaces, as on line 5",
        "Articles/articles/syntax.md:10:1: error: duplicate key 'topic' (first on line 8)",
        "Articles/articles/syntax.md:12:10: error: flow maps '{…}' are not supported",
        "Articles/articles/syntax.md:13:1: error: 'regions' takes a list, not a map",
        "Articles/articles/syntax.md:15:5: error: nested maps are not supported",
        "Articles/articles/syntax.md:16:7: error: expected a space after ':'",
        "Articles/articles/unclosed.md:1:1: error: missing closing '---' of the front matter",
        "Articles/articles/values.md:2:8: warning: title ends with a full stop",
        "Articles/articles/values.md:4:20: error: unknown audience 'parents'",
        "Articles/articles/values.md:5:8: error: unknown topic 'logn'",
        "Articles/articles/values.md:7:10: error: bad date '2024-02-30': write YYYY-MM-DD",
        "Articles/articles/values.md:8:11: error: bad region code '5': region codes are two digits, as in 55.dnevnik.ru",
        "Articles/articles/values.md:8:14: error: unknown region code '99': not a federal subject",
        "Articles/articles/values.md:8:20: error: region 29 has no file regions/29.md",
        "Articles/articles/values.md:9:11: error: no article 'missing-one'",
        "Articles/articles/values.md:9:30: error: bad article id 'Bad_Id': ids are lower-case latin letters, digits and hyphens",
        "Articles/articles/values.md:10:8: error: 'order' takes a whole number, not 'ten'",
        "Articles/articles/values.md:11:10: error: 'history' takes true or false, not 'yes'",
        "Articles/articles/variables.md:2:19: error: {{region.name_in}} has no value for region 77",
        "Articles/articles/variables.md:3:17: error: {{region.school_hours}} has no value for 3 regions: 55, 70, 77",
        "Articles/articles/variables.md:9:10: error: {{region.hotline}} has no value for 2 regions: 70, 77",
        "Articles/articles/variables.md:9:30: error: unknown region variable {{region.nme}}",
        "Articles/articles/variables.md:9:46: error: malformed region variable '{{ region.name }}'",
        "Articles/articles/variables.md:9:65: error: {{region.decrees}} is a list and cannot be used as a variable",
        "Articles/articles/variables.md:11:1: warning: heading uses a region variable, so its anchor differs from region to region",
        "Articles/articles/variables.md:11:12: error: {{region.name_in}} has no value for region 77",
        "Articles/diagnosis/causes/c-one.md:4:1: warning: fix_by leaves out 'parent', who acts for this cause in the contract",
        "Articles/diagnosis/causes/c-one.md:5:10: error: no article 'no-such'",
        "Articles/diagnosis/causes/c-one.md:8:1: error: empty body: the cause has no remedy",
        "Articles/diagnosis/causes/c-three.md:1:1: error: 'c-three' is not a cause of the diagnostic contract",
        "Articles/diagnosis/causes/c-three.md:4:18: error: unknown party 'nobody' in 'fix_by'",
        "Articles/diagnosis/causes/c-two.md:1:1: error: missing cause file for 'c-two' of the diagnostic contract",
        "Articles/diagnosis/questions/age.md:5:1: error: missing option 'unknown' (Не знаю)",
        "Articles/diagnosis/questions/age.md:7:3: error: option 'teen' is not a value of fact 'age'",
        "Articles/diagnosis/questions/extra.md:1:1: error: 'extra' is not a fact of the diagnostic contract",
        "Articles/diagnosis/questions/spare.md:1:1: error: unreachable question: no cause's condition uses fact 'spare'",
        "Articles/diagnosis/questions/spare.md:9:1: warning: empty body: the question has no hint",
        "Articles/diagnosis/questions/symptom.md:5:1: error: options are not in the contract's order",
        "Articles/diagnosis/questions/who.md:1:1: error: missing question for fact 'who' of the diagnostic contract",
        "Articles/regions/12/extra.md:1:1: error: regional article for region 12, which has no regions/12.md",
        "Articles/regions/29.md:1:1: error: missing region file for 29 (Архангельская область)",
        "Articles/regions/55/hotline.md:8:1: error: a regional article applies to its own region only; remove 'regions'",
        "Articles/regions/70.md:2:7: error: code '71' does not match the file name '70.md'",
        "Articles/regions/70.md:3:7: warning: name differs from the official name 'Томская область'",
        "Articles/regions/70.md:5:1: warning: the region uses Dnevnik.ru but has no login_url of its own",
        "Articles/regions/70.md:6:18: error: bad date '2017-13-01': write YYYY-MM-DD",
        "Articles/regions/77.md:1:1: error: unknown region code '77': not a federal subject",
        "Articles/regions/_defaults.md:1:1: error: missing required key 'support'",
        "Articles/regions/_defaults.md:4:1: error: 'hotline' has no default: a phone number is never invented",
        "Articles/regions/omsk.md:1:1: error: bad region file name 'omsk.md': a region file is named by its two-digit code, as in 55.md",
    ]
}
