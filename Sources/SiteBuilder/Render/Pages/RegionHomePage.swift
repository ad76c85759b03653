import KnowledgeBase

/// `/NN/`: the region's facts and contacts, paths by who you are, and every article by section.
struct RegionHomePage {
    let site: SiteModel
    let code: String

    func render() -> String {
        guard let region = site.knowledgeBase.region(code: code) else { return "" }
        let articles = site.articles(in: code)
        var main = "<h1>Дневник.ру \(escapeHTML(region.nameIn ?? region.name)): вход через Госуслуги</h1>\n"
        main += """
        <p class="lead"><a class="button" href="\(SiteModel.wizardPath(code))">Не\u{A0}получается войти?</a>
        Ответьте на\u{A0}несколько вопросов, и\u{A0}мы подскажем причину и\u{A0}что делать.</p>

        """
        main += facts(region)
        if !region.body.isEmpty {
            main += ArticleMarkdown.html(site.knowledgeBase.resolve(region.body, region: code), region: code, site: site)
        }

        main += "<h2 id=\"kto-vy\">Кто вы?</h2>\n"
        for path in SiteModel.paths {
            let matching = articles.filter { $0.article.audiences.contains(path.audience) && $0.article.topic != .remedy && !$0.article.isHistory }
            guard !matching.isEmpty else { continue }
            main += "<details><summary>\(path.title)</summary>\n<ul>\n"
            for article in matching.prefix(12) {
                main += "<li><a href=\"\(SiteModel.articlePath(article.id, region: code))\">\(escapeHTML(article.title))</a></li>\n"
            }
            main += "</ul></details>\n"
        }

        for topic in Topic.allCases {
            let inTopic = articles.filter { $0.article.topic == topic }
            guard !inTopic.isEmpty else { continue }
            main += "<h2 id=\"\(topic.rawValue)\">\(SiteModel.title(of: topic))</h2>\n<ul class=\"card-list\">\n"
            for article in inTopic {
                main += "<li><a href=\"\(SiteModel.articlePath(article.id, region: code))\"><strong>\(escapeHTML(article.title))</strong>"
                main += "<span>\(escapeHTML(article.summary))</span></a></li>\n"
            }
            main += "</ul>\n"
        }
        let shell = PageShell(
            title: "Дневник.ру \(region.nameIn ?? region.name): вход через Госуслуги",
            description: "Как войти в Дневник.ру через Госуслуги \(region.nameIn ?? region.name): адрес входа, контакты, пошаговые инструкции.",
            path: SiteModel.regionPath(code), region: region,
            breadcrumb: [("Регионы", "/"), (region.name, nil)],
            main: main, scripts: site.scripts(for: .search))
        return shell.render(site: site)
    }

    private func facts(_ region: Region) -> String {
        var rows: [(String, String)] = []
        if let login = region.loginURL {
            rows.append(("Адрес входа", "<a href=\"\(escapeHTML(login))\">\(escapeHTML(login))</a>"))
        }
        if let siteAddress = region.site {
            let url = siteAddress.hasPrefix("http") ? siteAddress : "https://\(siteAddress)"
            rows.append(("Сайт", "<a href=\"\(escapeHTML(url))\">\(escapeHTML(siteAddress))</a>"))
        }
        if let since = region.esiaOnlySince {
            rows.append(("Только через Госуслуги", "с\u{A0}\(SiteModel.format(since))"))
        }
        if let system = region.systemName {
            rows.append(("Региональная система", escapeHTML(system)))
        }
        if let hotline = region.hotline {
            var value = "<a href=\"\(telephoneURL(hotline))\">\(escapeHTML(hotline))</a>"
            if let hours = region.hotlineHours { value += ", \(escapeHTML(hours))" }
            rows.append(("Горячая линия", value))
        } else {
            rows.append(("Горячая линия", "нам неизвестна. \(escapeHTML(region.support ?? "Обратитесь в свою школу."))"))
        }
        if let hours = region.schoolHours {
            rows.append(("Школа отвечает", escapeHTML(hours)))
        }
        switch region.dnevnikStatus {
        case .former:
            rows.append(("Внимание", "по\u{A0}нашим данным, регион больше не\u{A0}использует Дневник.ру как основной дневник. Уточните в\u{A0}школе."))
        case .unknown:
            rows.append(("Внимание", "мы не\u{A0}знаем точно, работает ли регион с\u{A0}Дневник.ру. Уточните в\u{A0}школе."))
        case .active:
            break
        }
        var html = "<dl class=\"facts\">\n"
        for (term, value) in rows {
            html += "<dt>\(term)</dt><dd>\(value)</dd>\n"
        }
        html += "</dl>\n"
        if !region.decrees.isEmpty {
            html += "<h2 id=\"dokumenty\">Документы региона</h2>\n<ul>\n"
            for decree in region.decrees { html += "<li>\(escapeHTML(decree))</li>\n" }
            html += "</ul>\n"
        }
        if !region.notes.isEmpty {
            html += "<h2 id=\"osobennosti\">Особенности региона</h2>\n<ul>\n"
            for note in region.notes { html += "<li>\(escapeHTML(note))</li>\n" }
            html += "</ul>\n"
        }
        return html
    }
}
