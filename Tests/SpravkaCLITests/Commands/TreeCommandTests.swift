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

    func testUnknownSymptom() {
        XCTAssertEqual(spravka("tree", "--symptom", "nope").status, 2)
    }
}
