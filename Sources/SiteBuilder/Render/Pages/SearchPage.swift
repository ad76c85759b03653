import Foundation
import KnowledgeBase
import Markdown

/// `/NN/search/`: without JavaScript, every article of the region by section; with it, the
/// search script shows the results for `?q=` here. Also writes the region's search index.
struct SearchPage {
    let site: SiteModel
    let code: String

    func render() -> String {
        guard let region = site.knowledgeBase.region(code: code) else { return "" }
        var main = """
        <h1>Поиск</h1>
        <form class="search" role="search" action="\(SiteModel.searchPath(code))" method="get" data-index="\(SiteModel.searchIndexPath(code))">
        <input type="search" name="q" aria-label="Что ищем" autocomplete="off">
        <button type="submit">Найти</button>
        </form>
        <ul id="search-results" aria-live="polite"></ul>
        <h2 id="vse-stati">Все статьи</h2>

        """
        for topic in Topic.allCases {
            let inTopic = site.articles(in: code).filter { $0.article.topic == topic }
            guard !inTopic.isEmpty else { continue }
            main += "<h3>\(SiteModel.title(of: topic))</h3>\n<ul>\n"
            for article in inTopic {
                main += "<li><a href=\"\(SiteModel.articlePath(article.id, region: code))\">\(escapeHTML(article.title))</a> — \(escapeHTML(article.summary))</li>\n"
            }
            main += "</ul>\n"
        }
        return PageShell(title: "Поиск по справке", description: "Поиск по статьям о входе в электронный дневник \(region.nameIn ?? region.name).",
            path: SiteModel.searchPath(code), region: region,
            breadcrumb: [(region.name, SiteModel.regionPath(code)), ("Поиск", nil)],
            main: main, scripts: site.scripts(for: .search)).render(site: site)
    }

    /// The region's search index (JSON).
    func index() -> [UInt8] {
        let documents = site.articles(in: code).map { article in
            SearchDocument(
                url: SiteModel.articlePath(article.id, region: code),
                title: article.title,
                sentences: [article.summary] + BodySentences.shared.sentences(of: article.body))
        }
        return Array(SearchIndex(documents: documents).json().utf8)
    }
}

/// The sentences of each article body, remembered for the whole build: a body without
/// region variables is the same in every region, so it is parsed and split once.
final class BodySentences: @unchecked Sendable {
    static let shared = BodySentences()

    private let lock = NSLock()
    private var bodies: [String: [String]] = [:]

    func sentences(of body: String) -> [String] {
        if let known = lock.withLock({ bodies[body] }) { return known }
        let sentences = SearchDocument.sentences(of: Document(parsing: body, options: .default))
        lock.withLock { bodies[body] = sentences }
        return sentences
    }
}
