import Foundation

/// One Markdown input of the differential suite, named so that a difference can be found
/// again: the source file, the example's number in it, and the container it was put in.
struct DifferentialInput: Sendable {
    var source: String
    var number: Int
    var container: String?
    var markdown: String

    var name: String {
        "\(source) #\(number)" + (container.map { " inside `\($0)`" } ?? "")
    }
}

/// The inputs the differential tests compare with the references: peers' regression suites
/// (kept under `Fixtures/peers/` with their licences) and the spec's examples, alone and
/// recombined inside containers.
enum DifferentialCorpus {
    static func fixture(_ path: String) throws -> String {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// Examples in the spec's own format (cmark's, commonmark.js's and cmark-gfm's test
    /// files): between a line of 32 backticks followed by `example` and a line of `.`; `→`
    /// stands for a tab.
    static func specFormat(_ text: String, source: String) -> [DifferentialInput] {
        let fence = String(repeating: "`", count: 32)
        var inputs: [DifferentialInput] = []
        var markdown: [Substring]?
        var inMarkdown = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(fence + " example") {
                markdown = []
                inMarkdown = true
            } else if inMarkdown, line == "." {
                inMarkdown = false
            } else if inMarkdown {
                markdown?.append(line)
            } else if line == fence, let lines = markdown {
                let body = lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                inputs.append(DifferentialInput(source: source, number: inputs.count + 1, markdown: body))
                markdown = nil
            }
        }
        return inputs
    }

    /// Examples in markdown-it's fixture format: a description, then the Markdown and the
    /// HTML each followed by a line holding only `.`.
    static func markdownItFormat(_ text: String, source: String) -> [DifferentialInput] {
        var inputs: [DifferentialInput] = []
        var section = 0  // 0 description, 1 markdown, 2 html
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line == "." else {
                if section == 1 { lines.append(line) }
                continue
            }
            switch section {
            case 0:
                section = 1
                lines = []
            case 1:
                inputs.append(DifferentialInput(source: source, number: inputs.count + 1, markdown: lines.map { $0 + "\n" }.joined()))
                section = 2
            default:
                section = 0
            }
        }
        return inputs
    }

    static func specExamples(_ name: String) throws -> [DifferentialInput] {
        try SpecExample.load(name).map {
            DifferentialInput(source: name + ".json", number: $0.example, markdown: $0.markdown)
        }
    }

    /// A container around a whole input: `marker` before the first line, `continuation`
    /// before every other non-blank line (blank lines get it without trailing spaces).
    /// With `lazy`, only the first line gets the marker: every following line is a lazy
    /// continuation line, or ends the container (§5.1, §5.2).
    struct Container: Sendable {
        var marker: String
        var continuation: String
        var lazy = false

        var name: String { lazy ? marker + "(lazy)" : marker }

        func wrap(_ markdown: String) -> String {
            var out = ""
            for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
                if index == 0 {
                    out += marker + line
                } else if lazy {
                    out += line
                } else if line.isEmpty {
                    out += continuation.trimmingCharacters(in: .whitespaces)
                } else {
                    out += continuation + line
                }
                out += "\n"
            }
            return out
        }
    }

    /// The containers each spec example is recombined inside (the issue's `- `, `> `, `1. `
    /// and nested ones, and the same with lazy continuation lines).
    static let containers: [Container] = [
        Container(marker: "- ", continuation: "  "),
        Container(marker: "> ", continuation: "> "),
        Container(marker: "1. ", continuation: "   "),
        Container(marker: "> - ", continuation: ">   "),
        Container(marker: "- > ", continuation: "  > "),
        Container(marker: "1. > - ", continuation: "   >   "),
        Container(marker: "> ", continuation: "", lazy: true),
        Container(marker: "- ", continuation: "", lazy: true),
        Container(marker: "> 1. ", continuation: "", lazy: true),
    ]

    static func recombined(_ inputs: [DifferentialInput]) -> [DifferentialInput] {
        containers.flatMap { container in
            inputs.map {
                DifferentialInput(source: $0.source, number: $0.number, container: container.name, markdown: container.wrap($0.markdown))
            }
        }
    }
}
