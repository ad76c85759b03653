import Markdown

/// One article as the search sees it: where it lives, its title, and its text as sentences.
/// A search result shows the title and one of the sentences, so each should read on its own.
struct SearchDocument: Equatable, Sendable {
    var url: String
    var title: String
    var sentences: [String]

    init(url: String, title: String, sentences: [String]) {
        self.url = url
        self.title = title
        self.sentences = sentences
    }

    /// A document whose sentences are those of a parsed Markdown body: every paragraph,
    /// heading and table cell, split by `SentenceSplitter`. Code blocks and raw HTML are left
    /// out. Region variables must already be substituted.
    init(url: String, title: String, body: Document) {
        self.init(url: url, title: title, sentences: SearchDocument.sentences(of: body))
    }

    static func sentences(of body: Document) -> [String] {
        var sentences: [String] = []
        body.root.walk { node in
            switch node.kind {
            // Leaf blocks with inline content; none contains another, so nothing is seen twice.
            case .paragraph, .heading, .tableCell:
                sentences += SentenceSplitter.sentences(in: node.plainText)
            default:
                break
            }
        }
        return sentences
    }
}
