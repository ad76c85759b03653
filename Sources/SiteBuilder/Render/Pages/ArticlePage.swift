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
        main += "<p class=\"meta\">Для кого: \(audiences).<br>"
        if let updated = source.updated {
            main += "Проверено: <time datetime=\"\(updated)\">\(SiteModel.format(updated))</time>."
        }
        main += "</p>\n"
        if source.isHistory {
            main += "<p class=\"note\"><strong>Так было раньше.</strong> " + typesetHTML("Эта статья описывает старый порядок и нужна для справки.") + " "
            if region.dnevnikUse.includesDnevnik, site.article("login-website", in: code) != nil {
                main += "Сейчас вход только через Госуслуги: <a href=\"\(SiteModel.articlePath("login-website", region: code))\">как войти сейчас</a>.</p>\n"
            } else {
                main += "Что действует сейчас \(escapeHTML(region.nameIn ?? region.name)) — <a href=\"\(SiteModel.regionPath(code))\">\(typesetHTML("на главной странице региона"))</a>.</p>\n"
            }
        }
        main += ArticleMarkdown.html(article.body, region: code, site: site)
        main += "</article>\n"
        main += VotePage.question(article: id, region: code, words: site.words(.vote))

        let related = source.related.compactMap { site.article($0, in: code) }
        if !related.isEmpty {
            main += "<h2 id=\"sm-takzhe\">См. также</h2>\n<ul>\n"
            for other in related {
                main += "<li><a href=\"\(SiteModel.articlePath(other.id, region: code))\">\(typesetHTML(other.title))</a></li>\n"
            }
            main += "</ul>\n"
        }
        if region.dnevnikUse.includesDnevnik {
            main += "<p class=\"no-print\"><a href=\"\(SiteModel.wizardPath(code))\">\(typesetHTML("Не получается войти? Пройдите проверку"))</a></p>\n"
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
