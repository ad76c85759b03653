import Foundation
import XCTest
@testable import Markdown

/// Inputs the fuzzer (scripts/fuzz-markdown.sh) found, kept so that `swift test` checks them:
/// each parses and renders under every option, and every node's range lies inside the input.
final class RegressionTests: XCTestCase {
    func testFuzzerFindingsStayFixed() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "regressions", withExtension: nil, subdirectory: "Fixtures"))
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            var lines = 1
            for (index, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
                    lines += 1
                }
            }
            for options in [MarkdownOptions(unsafe: false, extensions: .gfm), MarkdownOptions(unsafe: true, extensions: []),
                            MarkdownOptions(unsafe: true, extensions: .gfm)] {
                let document = Document(parsing: bytes, options: options)
                XCTAssertTrue(document.html(options: options).utf8.count > 0, "\(file.lastPathComponent) renders nothing")
                document.root.walk { node in
                    XCTAssertLessThanOrEqual(node.range.end.line, lines + 1, "\(file.lastPathComponent): \(node.kind) at \(node.range)")
                }
            }
        }
    }
}
