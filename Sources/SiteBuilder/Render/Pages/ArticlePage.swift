import KnowledgeBase

/// `/NN/<article>/`: one article as the region shows it.
struct ArticlePage {
    let site: SiteModel
    /// The region, assembled once; the page lays it out.
    let profile: RegionProfile
    var code: String { profile.code }
    let id: String

    func render() -> String {
        let region = profile.region
        guard let article = site.article(id, in: code) else { return "" }
        let source = article.article
        var main = "<article>\n<h1>\(typesetHTML(article.title))</h1>\n"
        let audiences = source.audiences.map(site.label(of:)).joined(separator: ", ")
        let words = site.words(.article)
        main += "<p class=\"meta\">\(escapeHTML(words.plain("for_whom"))) \(audiences).<br>"
        if let updated = source.updated {
            main += "\(escapeHTML(words.plain("checked"))) <time datetime=\"\(updated)\">\(SiteModel.format(updated))</time>."
        }
        main += "</p>\n"
        if source.isHistory {
            main += "<p class=\"note\"><strong>\(escapeHTML(words.plain("history_heading")))</strong> " + words.html("history_text") + " "
            if region.dnevnikUse.includesDnevnik, site.article("login-website", in: code) != nil {
                main += "\(escapeHTML(words.plain("history_now_dnevnik"))) <a href=\"\(SiteModel.articlePath("login-website", region: code))\">\(escapeHTML(words.plain("history_now_link")))</a>.</p>\n"
            } else {
                main += "\(escapeHTML(words.plain("history_now_other", ["place": region.nameIn ?? region.name]))) <a href=\"\(SiteModel.regionPath(code))\">\(words.html("history_home_link"))</a>.</p>\n"
            }
        }
        main += ArticleMarkdown.html(article.body, region: code, site: site)
        main += "</article>\n"
        main += VotePage.question(article: id, region: code, words: site.words(.vote))

        let related = source.related.compactMap { site.article($0, in: code) }
        if !related.isEmpty {
            main += "<h2 id=\"sm-takzhe\">\(escapeHTML(words.plain("see_also")))</h2>\n<ul>\n"
            for other in related {
                main += "<li><a href=\"\(SiteModel.articlePath(other.id, region: code))\">\(typesetHTML(other.title))</a></li>\n"
            }
            main += "</ul>\n"
        }
        if region.dnevnikUse.includesDnevnik {
            main += "<p class=\"no-print\"><a href=\"\(SiteModel.wizardPath(code))\">\(words.html("wizard_link"))</a></p>\n"
        }
        let shell = PageShell(
            title: article.title, description: article.summary,
            path: SiteModel.articlePath(id, region: code), region: region,
            breadcrumb: [
                (region.name, SiteModel.regionPath(code)),
                (site.plainTitle(of: source.topic, in: profile), SiteModel.regionPath(code) + "#\(source.topic.rawValue)"),
                (article.title, nil),
            ],
            main: main, scripts: site.scripts(for: .search))
        return shell.render(site: site)
    }
}
