import KnowledgeBase

/// `sitemap.xml`, `robots.txt` and the Atom feed of article updates. Dates come from the
/// articles, never from the clock, so that two builds are identical.
struct Feeds {
    let site: SiteModel

    func sitemap() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        func url(_ path: String, _ date: ContentDate?) {
            xml += "<url><loc>\(escapeHTML(site.absolute(path)))</loc>"
            if let date { xml += "<lastmod>\(date)</lastmod>" }
            xml += "</url>\n"
        }
        url("/", latest(site.regions.flatMap { site.articles(in: $0.code) }))
        for region in site.regions.sorted(by: { $0.code < $1.code }) {
            let articles = site.articles(in: region.code)
            url(SiteModel.regionPath(region.code), latest(articles))
            if region.use.includesDnevnik { url(SiteModel.wizardPath(region.code), nil) }
            url(SiteModel.leafletPath(region.code), nil)
            for article in articles.sorted(by: { $0.id < $1.id }) {
                url(SiteModel.articlePath(article.id, region: region.code), article.article.updated)
            }
        }
        xml += "</urlset>\n"
        return xml
    }

    func robots() -> String {
        // The operators' console is a tool for hotlines, and the vote pages only count
        // answers: neither is a page for search results.
        "User-agent: *\nAllow: /\nDisallow: \(SiteModel.operatorPath)\nDisallow: /*/vote/\nSitemap: \(site.absolute("/sitemap.xml"))\n"
    }

    /// One entry per common article (linked in its first region's version) and per regional
    /// article, newest first.
    func atom() -> String {
        var entries: [(date: ContentDate, id: String, title: String, summary: String, path: String)] = []
        let firstRegion = site.regions.map(\.code).sorted().first
        for article in site.knowledgeBase.articles {
            guard let date = article.updated else { continue }
            let code = site.regions.map(\.code).sorted().first { article.applies(toRegion: $0) } ?? firstRegion
            guard let code, let resolved = site.article(article.id, in: code) else { continue }
            entries.append((date, article.id, resolved.title, resolved.summary, SiteModel.articlePath(article.id, region: code)))
        }
        for article in site.knowledgeBase.regionalArticles {
            guard let date = article.updated, let code = article.regionCode, let resolved = site.article(article.id, in: code),
                resolved.article.regionCode == code
            else { continue }
            entries.append((date, "\(code)/\(article.id)", resolved.title, resolved.summary, SiteModel.articlePath(article.id, region: code)))
        }
        entries.sort { ($1.date, $0.id) < ($0.date, $1.id) }
        let updated = entries.first?.date
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\">\n"
        xml += "<title>Справка: обновления статей</title>\n<id>\(escapeHTML(site.absolute("/")))</id>\n"
        xml += "<link href=\"\(escapeHTML(site.absolute("/feed.xml")))\" rel=\"self\"/>\n<link href=\"\(escapeHTML(site.absolute("/")))\"/>\n"
        xml += "<updated>\(updated.map { "\($0)T00:00:00Z" } ?? "2024-09-01T00:00:00Z")</updated>\n<author><name>Справка</name></author>\n"
        for entry in entries.prefix(100) {
            xml += "<entry><title>\(escapeHTML(entry.title))</title><id>\(escapeHTML(site.absolute("/" + entry.id)))</id>"
            xml += "<link href=\"\(escapeHTML(site.absolute(entry.path)))\"/><updated>\(entry.date)T00:00:00Z</updated>"
            xml += "<summary>\(escapeHTML(entry.summary))</summary></entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    private func latest(_ articles: [ResolvedArticle]) -> ContentDate? {
        articles.compactMap(\.article.updated).max()
    }
}
