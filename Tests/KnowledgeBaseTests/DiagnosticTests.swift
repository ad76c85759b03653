import XCTest
import KnowledgeBase

final class DiagnosticTests: XCTestCase {
    func testPrintsLikeACompiler() {
        let diagnostic = Diagnostic(.error, path: "Articles/a.md", line: 3, column: 7, message: "неизвестный ключ «titel»", hint: "возможно, вы имели в виду «title»")
        XCTAssertEqual(diagnostic.description, "Articles/a.md:3:7: error: неизвестный ключ «titel» (возможно, вы имели в виду «title»)")
    }
}
