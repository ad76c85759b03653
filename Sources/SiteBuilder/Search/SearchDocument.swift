import Markdown

/// One article as the search sees it: where it lives, its title, and its text as sentences,
/// each marked with the field it belongs to (summary, heading or text). A search result shows
/// the title and one of the sentences, so each should read on its own.
struct SearchDocument: Equatable, Sendable {
    /// A sentence and the field it comes from. A string literal is a sentence of the text.
    struct Sentence: Equatable, Sendable, ExpressibleByStringLiteral {
        var text: String
        var field: SearchField

        init(_ text: String, field: SearchField = .text) {
            self.text = text
            self.field = field
        }

        init(stringLiteral text: String) {
            self.init(text)
        }

        static func summary(_ text: String) -> Sentence { Sentence(text, field: .summary) }
        static func heading(_ text: String) -> Sentence { Sentence(text, field: .heading) }
    }

    var url: String
    var title: String
    var sentences: [Sentence]

    init(url: String, title: String, sentences: [Sentence]) {
        self.url = url
        self.title = title
        self.sentences = sentences
    }

    /// Every paragraph, heading and table cell of `body`, split by `SentenceSplitter`; a
    /// heading's sentences are in the heading field, the others in the text. Code blocks and
    /// raw HTML are left out. Region variables must already be substituted.
    static func sentences(of body: Document) -> [Sentence] {
        var sentences: [Sentence] = []
        body.root.walk { node in
            switch node.kind {
            // Leaf blocks with inline content; none contains another, so nothing is seen twice.
            case .heading:
                sentences += SentenceSplitter.sentences(in: node.plainText).map { Sentence($0, field: .heading) }
            case .paragraph, .tableCell:
                sentences += SentenceSplitter.sentences(in: node.plainText).map { Sentence($0) }
            default:
                break
            }
        }
        return sentences
    }
}
