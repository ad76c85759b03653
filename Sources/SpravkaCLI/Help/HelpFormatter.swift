/// Lays out help text the way swift-argument-parser does: `OVERVIEW:`, `USAGE:`, then
/// `ARGUMENTS:`, `OPTIONS:` and `SUBCOMMANDS:` sections with labels in a 26-column gutter,
/// wrapped at 80 columns so that the output is the same on every terminal.
struct HelpFormatter {
    /// Whether section headings are bold.
    var bold: (String) -> String = { $0 }

    static let width = 80
    static let labelWidth = 26
    static let indent = "  "

    struct Row {
        var label: String
        var text: String
    }

    struct Section {
        var title: String
        var rows: [Row]
        /// A line under the rows, e.g. the pointer to `spravka help <subcommand>`.
        var footer: String? = nil
    }

    func render(overview: String, discussion: String, usage: String, sections: [Section]) -> String {
        var blocks: [String] = [bold("OVERVIEW:") + " " + overview]
        if !discussion.isEmpty {
            blocks.append(Self.wrap(discussion, width: Self.width))
        }
        blocks.append(bold("USAGE:") + " " + usage)
        for section in sections where !section.rows.isEmpty {
            var lines = [bold(section.title + ":")]
            lines += section.rows.map(Self.row)
            if let footer = section.footer {
                lines += ["", Self.indent + footer]
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// `  label                   text`, the text wrapped under itself; a label too long for
    /// the gutter puts the text on the next line.
    static func row(_ row: Row) -> String {
        let gutter = String(repeating: " ", count: labelWidth)
        let textLines = wrap(row.text, width: width - labelWidth).split(
            separator: "\n", omittingEmptySubsequences: false)
        let label = indent + row.label
        var lines: [String] = []
        if label.count + 1 < labelWidth || textLines.isEmpty {
            let padding = String(repeating: " ", count: max(labelWidth - label.count, 1))
            lines.append(label + (textLines.first.map { padding + $0 } ?? ""))
            lines += textLines.dropFirst().map { gutter + $0 }
        } else {
            lines.append(label)
            lines += textLines.map { gutter + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// Wraps each paragraph of `text` at `width` columns, breaking at spaces; keeps the
    /// author's line breaks.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty, current.count + 1 + word.count > width {
                    lines.append(current)
                    current = ""
                }
                current += (current.isEmpty ? "" : " ") + word
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

extension HelpFormatter.Row {
    /// `-h, --help`, `--format <format>`, with allowed and default values after the help.
    init(_ option: Option) {
        var label = option.synopsis
        if let short = option.shortSpelling { label = short + ", " + label }
        var text = option.help
        if !option.allowedValues.isEmpty {
            text += " (values: " + option.allowedValues.joined(separator: ", ") + ")"
        }
        if let defaultValue = option.defaultValue {
            text += " (default: \(defaultValue))"
        }
        self.init(label: label, text: text)
    }

    init(_ positional: Positional) {
        self.init(label: "<\(positional.name)>", text: positional.help)
    }
}
