import KnowledgeBase

/// The words of one page kind (`pages/<kind>.md`, ``PageText``) as a page lays them out: with
/// the site's typography, as articles get it, and escaped for HTML. A page passes the values
/// for `{name}`: text values (a region's name) are typeset with the sentence around them;
/// HTML values (a link, an address in bold) are put in after escaping, as they are.
struct PageWords {
    let knowledgeBase: KnowledgeBase
    let kind: PageText.Kind

    /// The text as written, values filled in: for a page's `<title>`, its description and
    /// attributes, which are not typeset.
    func plain(_ key: String, _ values: [String: String] = [:]) -> String {
        knowledgeBase.text(kind, key, values)
    }

    /// The text typeset and escaped for HTML content.
    func html(_ key: String, _ values: [String: String] = [:], html: [String: String] = [:]) -> String {
        PageWords.html(template: knowledgeBase.text(kind, key, values), html: html)
    }

    /// `template` (plain text with `{name}` for the HTML values) typeset, escaped, filled.
    static func html(template: String, html: [String: String]) -> String {
        PageText.fill(escapeHTML(Typography.apply(template)), html)
    }
}
