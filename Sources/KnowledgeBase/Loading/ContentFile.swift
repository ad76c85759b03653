import Foundation

/// One Markdown file of `Articles/`, classified by where it lies.
struct ContentFile: Sendable {
    enum Kind: Equatable, Sendable {
        /// `articles/<id>.md`
        case article
        /// `regions/_defaults.md`
        case regionDefaults
        /// `regions/<NN>.md`
        case region(code: String)
        /// `regions/<NN>/<id>.md`
        case regionalArticle(region: String)
        /// `diagnosis/questions/<fact>.md`
        case question
        /// `diagnosis/causes/<cause>.md`
        case cause
        /// `search/synonyms.md`
        case synonyms
        /// `pages/<kind>.md`
        case pageText(PageText.Kind)
    }

    var url: URL
    /// Relative to the directory the user works in.
    var path: String
    /// The file name without `.md`: the id.
    var name: String
    var kind: Kind
}
