import XCTest
import KnowledgeBase

final class DiagnosticTests: XCTestCase {
    func testPrintsLikeACompiler() {
        let diagnostic = Diagnostic(.error, path: "Articles/a.md", line: 3, column: 7, message: "unknown key 'titel'", hint: "did you mean 'title'?")
        XCTAssertEqual(diagnostic.description, "Articles/a.md:3:7: error: unknown key 'titel' (did you mean 'title'?)")
    }
}
