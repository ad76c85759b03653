import Markdown

/// What the checks and the site builder need from a body: its links, its headings with their
/// anchors, and whether it renders anything.
struct BodyOutline {
    var links: [LinkUse] = []
    var headings: [Heading] = []
    var rendersNothing = true

    init(body: String, bodyStartLine: Int) {
        let document = Document(parsing: body)
        let positions = BodyPositionMap(body: body, bodyStartLine: bodyStartLine)
        var headingNodes: [(level: Int, text: String, position: TextPosition)] = []
        var links: [LinkUse] = []
        document.root.walk { node in
            switch node.kind {
            case .link(let destination, _):
                links.append(LinkUse(destination: destination, position: positions.position(node.range.start)))
            case .heading(let level):
                let start = positions.position(node.range.start)
                headingNodes.append((level, node.plainText.trimmingSpaces, start))
            default:
                break
            }
        }
        self.links = links
        let anchors = Slug.anchors(for: headingNodes.map(\.text))
        headings = zip(headingNodes, anchors).map { Heading(level: $0.level, text: $0.text, anchor: $1, position: $0.position) }
        // Raw HTML is never rendered, so a body of HTML blocks alone shows nothing.
        rendersNothing = document.root.children.allSatisfy {
            if case .htmlBlock = $0.kind { return true }
            return false
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }

    /// Whether `pattern` occurs in the string, compared as UTF-8 bytes (Foundation's
    /// `contains` is locale-aware and far slower; these patterns are ASCII).
    func containsBytes(_ pattern: String) -> Bool {
        let pattern = Array(pattern.utf8)
        guard let first = pattern.first else { return true }
        var utf8 = self.utf8[...]
        while let index = utf8.firstIndex(of: first) {
            if utf8[index...].starts(with: pattern) { return true }
            utf8 = utf8[utf8.index(after: index)...]
        }
        return false
    }
}
