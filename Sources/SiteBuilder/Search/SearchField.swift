/// The parts of an article the ranking tells apart (the fields of BM25F): a word in the title
/// says more about what the article answers than the same word deep in its text.
enum SearchField: Int, CaseIterable, Sendable {
    case title, summary, heading, text

    /// How much one sentence of the field that holds a query word counts, before length
    /// normalization.
    var weight: Double {
        switch self {
        case .title: return 3
        case .summary: return 2
        case .heading: return 1.5
        case .text: return 1
        }
    }

    /// What the query word's presence in the field adds to a document's score, once (times
    /// the word's IDF and the weight of its match, see `BM25F`): an article whose title or
    /// summary names what the query asks about answers it, however long the article is and
    /// however often other pages mention the word in passing.
    var presenceWeight: Double {
        switch self {
        case .title: return 2
        case .summary: return 1
        case .heading, .text: return 0
        }
    }

    /// The letter that marks a sentence of the field in the index JSON (a title is never a
    /// sentence, so it has none).
    var letter: Character? {
        switch self {
        case .title: return nil
        case .summary: return "s"
        case .heading: return "h"
        case .text: return "t"
        }
    }

    init?(letter: Character) {
        guard let field = SearchField.allCases.first(where: { $0.letter == letter }) else { return nil }
        self = field
    }
}
