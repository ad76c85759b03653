import Foundation
import KnowledgeBase
import Markdown

/// `/NN/search/`: without JavaScript, where to get help and every article of the region by
/// section; with it, the search script shows the results for `?q=` here, and the help only
/// when they answer the query weakly. Also writes the region's search index.
struct SearchPage {
    let site: SiteModel
    /// The region, assembled once; the page lays it out.
    let profile: RegionProfile
    var code: String { profile.code }

    private var words: PageWords { site.words(.search) }

    func render() -> String {
        let region = profile.region
        var main = """
        <h1>\(words.html("heading"))</h1>
        <form class="search" role="search" action="\(SiteModel.searchPath(code))" method="get" data-index="\(SiteModel.searchIndexPath(code))">
        <input type="search" name="q" aria-label="\(escapeHTML(words.plain("input_label")))" autocomplete="off">
        <button type="submit">\(words.html("button"))</button>
        </form>
        <ul id="search-results" aria-live="polite"></ul>

        """
        main += help()
        main += "<h2 id=\"vse-stati\">\(words.html("all_articles_heading"))</h2>\n"
        for topic in Topic.allCases {
            let inTopic = site.articles(in: code).filter { $0.article.topic == topic }
            guard !inTopic.isEmpty else { continue }
            main += "<h3>\(escapeHTML(site.title(of: topic, in: profile)))</h3>\n<ul>\n"
            for article in inTopic {
                main += "<li><a href=\"\(SiteModel.articlePath(article.id, region: code))\">\(typesetHTML(article.title))</a> — \(typesetHTML(article.summary))</li>\n"
            }
            main += "</ul>\n"
        }
        return PageShell(title: words.plain("page_title"), description: words.plain("description", ["place": profile.place]),
            path: SiteModel.searchPath(code), region: region,
            breadcrumb: [(region.name, SiteModel.regionPath(code)), (words.plain("breadcrumb"), nil)],
            main: main, scripts: site.scripts(for: .search)).render(site: site)
    }

    /// What the page offers when nothing fits: the «Не получается войти?» wizard (only where
    /// schools use Dnevnik.ru: other regions have no wizard), the region's hotline or, without
    /// one, its own advice (or «ask your school»), and the list of all articles below.
    /// `data-wizard` and `data-hotline` (present only when the region has them) tell search.js
    /// what is offered.
    func help() -> String {
        let wizard = profile.use.includesDnevnik ? SiteModel.wizardPath(code) : nil
        let facts = RegionFacts(profile, site: site)
        var html = "<section id=\"search-help\" class=\"search-help\" aria-labelledby=\"ne-nashli\""
        if let wizard { html += " data-wizard=\"\(wizard)\"" }
        if let hotline = profile.contact.hotline { html += " data-hotline=\"\(escapeHTML(hotline.number))\"" }
        html += ">\n<h2 id=\"ne-nashli\">\(words.html("help_heading"))</h2>\n<ul>\n"
        if let wizard {
            html += "<li><a href=\"\(wizard)\">\(words.html("help_wizard"))</a> \(words.html("help_wizard_text"))</li>\n"
        }
        if let hotline = profile.contact.hotline,
           let sentence = facts.hotline(number: { "<a href=\"\(telephoneURL(hotline.number))\">\($0)</a>" }) {
            html += "<li>\(sentence).</li>\n"
        } else {
            html += "<li>\(facts.advice)</li>\n"
        }
        let all = "<a href=\"#vse-stati\">\(words.html("help_all_link"))</a>"
        html += "<li>\(words.html("help_all", html: ["link": all]))</li>\n</ul>\n</section>\n"
        return html
    }

    /// The region's search index (JSON), with the parents' vocabulary of `search/synonyms.md`.
    func index() -> [UInt8] {
        searchIndex().jsonBytes()
    }

    /// The index of the articles the region shows: each one's title, summary and body
    /// sentences, with the synonyms of the knowledge base.
    func searchIndex() -> SearchIndex {
        let documents = site.articles(in: code).map { article in
            SearchDocument(
                url: SiteModel.articlePath(article.id, region: code),
                title: article.title,
                sentences: [.summary(article.summary)] + BodySentences.shared.sentences(of: article.body))
        }
        return SearchIndex(documents: documents, synonyms: site.synonyms)
    }
}

/// The sentences of each article body, remembered for the whole build: a body without
/// region variables is the same in every region, so it is parsed and split once.
final class BodySentences: @unchecked Sendable {
    static let shared = BodySentences()

    private let lock = NSLock()
    private var bodies: [UTF8Key: [SearchDocument.Sentence]] = [:]

    func sentences(of body: String) -> [SearchDocument.Sentence] {
        let key = UTF8Key(body)
        if let known = lock.withLock({ bodies[key] }) { return known }
        let sentences = SearchDocument.sentences(of: Document(parsing: body, options: .default))
        lock.withLock { bodies[key] = sentences }
        return sentences
    }
}
