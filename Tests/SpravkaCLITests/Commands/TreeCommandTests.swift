import SpravkaCLI
import XCTest

/// `spravka tree`: the interview as a decision tree.
final class TreeCommandTests: XCTestCase {
    func testTextTreeForASymptom() {
        let result = spravka("tree", "--symptom", "wrong-profile")
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 7)
        XCTAssertTrue(lines[0].hasPrefix("[1] "))
        XCTAssertEqual(lines.filter { $0.contains("⇒") }.count, 3)
        XCTAssertTrue(lines[2].contains("[signed-in-as-someone-else]"))
    }

    func testMermaidAndDot() {
        let mermaid = spravka("tree", "--symptom", "no-children-visible", "--format", "mermaid")
        XCTAssertTrue(mermaid.stdout.hasPrefix("flowchart TD\n  n0[\""))
        XCTAssertTrue(mermaid.stdout.contains("-->|"))
        let dot = spravka("tree", "--symptom", "no-children-visible", "--format", "dot")
        XCTAssertTrue(dot.stdout.hasPrefix("digraph diagnosis {"))
        XCTAssertTrue(dot.stdout.hasSuffix("}\n"))
        XCTAssertTrue(dot.stdout.contains("family-not-linked"))
    }

    /// With --until first-fix a wrong name ends the interview at once, with the causes that
    /// may still apply; to the full result, SNILS is asked next.
    func testFirstFixTreeEndsAtTheFirstCertainCause() {
        let firstFix = spravka("tree", "--symptom", "asks-dnevnik-login", "--until", "first-fix")
        let all = spravka("tree", "--symptom", "asks-dnevnik-login", "--until", "all")
        XCTAssertEqual(firstFix.status, 0)
        XCTAssertNotEqual(firstFix.stdout, all.stdout)
        XCTAssertEqual(all.stdout, spravka("tree", "--symptom", "asks-dnevnik-login").stdout, "all is the default")
        XCTAssertLessThan(firstFix.stdout.split(separator: "\n").count, all.stdout.split(separator: "\n").count)
        let lines = firstFix.stdout.split(separator: "\n").map(String.init)
        let wrongName = try? XCTUnwrap(lines.firstIndex { $0.hasPrefix("  «Нет") })
        let next = wrongName.map { lines[$0 + 1] } ?? ""
        XCTAssertTrue(next.contains("⇒ ФИО на Госуслугах и в Дневник.ру записаны по-разному [fio-mismatch];"), next)
        XCTAssertTrue(next.contains("[snils-missing] (возможно)"), next)
    }

    func testUnknownSymptom() {
        XCTAssertEqual(spravka("tree", "--symptom", "nope").status, 2)
    }
}
