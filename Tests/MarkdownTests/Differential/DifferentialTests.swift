import Foundation
import XCTest
@testable import Markdown

/// Spravka against the reference implementations on inputs nobody here wrote: every input is
/// rendered by both, the HTML normalised as the spec's test runner does, and every
/// difference reported. CommonMark inputs go to `cmark --unsafe` against Spravka without
/// extensions; GFM inputs to `cmark-gfm` with the four extensions against Spravka with them.
/// Differences that come from the references implementing older spec versions are listed in
/// `ExpectedDifference.all` with the section that changed, and kept out of the count.
///
/// Needs `cmark` and `cmark-gfm` (`apt-get install cmark cmark-gfm`); skips without them,
/// unless SPRAVKA_REQUIRE_TOOLS=1 (CI), where a missing tool fails the test.
final class DifferentialTests: XCTestCase {
    func testCommonMarkAgainstCmark() throws {
        guard let reference = try Self.require(.cmark) else { return }
        var sources: [(String, [DifferentialInput])] = []
        let spec = try DifferentialCorpus.specExamples("spec-0.31.2")
        sources.append(("spec examples", spec))
        sources.append(("spec examples inside containers", DifferentialCorpus.recombined(spec)))
        sources.append(("cmark regression.txt", DifferentialCorpus.specFormat(
            try DifferentialCorpus.fixture("peers/cmark/regression.txt"), source: "cmark/regression.txt")))
        sources.append(("commonmark.js regression.txt", DifferentialCorpus.specFormat(
            try DifferentialCorpus.fixture("peers/commonmark.js/regression.txt"), source: "commonmark.js/regression.txt")))
        sources.append(("markdown-it commonmark_extras.txt", DifferentialCorpus.markdownItFormat(
            try DifferentialCorpus.fixture("peers/markdown-it/commonmark_extras.txt"), source: "markdown-it/commonmark_extras.txt")))
        sources.append(("markdown-it xss.txt", DifferentialCorpus.markdownItFormat(
            try DifferentialCorpus.fixture("peers/markdown-it/xss.txt"), source: "markdown-it/xss.txt")))
        compare(sources, reference: reference, options: MarkdownOptions(unsafe: true, extensions: []))
    }

    func testGFMAgainstCmarkGFM() throws {
        guard let reference = try Self.require(.cmarkGFM) else { return }
        var sources: [(String, [DifferentialInput])] = []
        sources.append(("GFM examples", try DifferentialCorpus.specExamples("gfm-extensions")))
        sources.append(("cmark-gfm extensions.txt", DifferentialCorpus.specFormat(
            try DifferentialCorpus.fixture("peers/cmark-gfm/extensions.txt"), source: "cmark-gfm/extensions.txt")))
        sources.append(("cmark-gfm regression.txt", DifferentialCorpus.specFormat(
            try DifferentialCorpus.fixture("peers/cmark-gfm/regression.txt"), source: "cmark-gfm/regression.txt")))
        for file in ["tables", "strikethrough", "linkify"] {
            sources.append(("markdown-it \(file).txt", DifferentialCorpus.markdownItFormat(
                try DifferentialCorpus.fixture("peers/markdown-it/\(file).txt"), source: "markdown-it/\(file).txt")))
        }
        compare(sources, reference: reference, options: MarkdownOptions(unsafe: true, extensions: .gfm))
    }

    /// The reference, or a skip naming what to install; when CI requires the tools
    /// (SPRAVKA_REQUIRE_TOOLS=1), a failure and nil.
    static func require(_ reference: ReferenceRenderer) throws -> ReferenceRenderer? {
        if reference.path != nil { return reference }
        let message = "\(reference.executable) is not installed: apt-get install cmark cmark-gfm"
        if ProcessInfo.processInfo.environment["SPRAVKA_REQUIRE_TOOLS"] == "1" {
            XCTFail(message + " (SPRAVKA_REQUIRE_TOOLS=1)")
            return nil
        }
        throw XCTSkip(message)
    }

    func compare(_ sources: [(String, [DifferentialInput])], reference: ReferenceRenderer, options: MarkdownOptions) {
        for (label, inputs) in sources {
            var differing = 0, expected = 0
            for input in inputs {
                // Both ways to HTML: through the tree, and written directly (the CLI's way).
                let ours = markdownToHTML(input.markdown, options: options)
                let direct = String(decoding: markdownToHTML(utf8: Array(input.markdown.utf8), options: options), as: UTF8.self)
                XCTAssertEqual(direct, ours, "\(input.name): markdownToHTML(utf8:) differs from the tree's HTML")
                guard let theirs = try? reference.render(input.markdown) else {
                    XCTFail("\(reference.executable) failed on \(input.name)")
                    continue
                }
                if ours == theirs { continue }
                let normalizedOurs = HTMLNormalizer.normalize(ours), normalizedTheirs = HTMLNormalizer.normalize(theirs)
                if normalizedOurs == normalizedTheirs { continue }
                differing += 1
                if ExpectedDifference.find(input, reference: reference.executable) != nil {
                    expected += 1
                    continue
                }
                XCTFail("""
                    \(input.name) differs from \(reference.executable):
                    --- markdown
                    \(input.markdown)--- \(reference.executable)
                    \(theirs)--- spravka
                    \(ours)
                    """)
            }
            print("differential, \(reference.executable): \(label): \(inputs.count) inputs, \(differing - expected) unexpected differences, \(expected) expected")
        }
    }
}
