import KnowledgeBase

/// `/NN/`: the truth about the region's e-diary first — which system its schools use, where to
/// sign in, whom to ask, how fresh the facts are — then paths by who you are and every article
/// the region shows, by section. Words: `pages/region-home.md`.
struct RegionHomePage {
    let site: SiteModel
    /// The region, assembled once; the page lays it out.
    let profile: RegionProfile
    var code: String { profile.code }
    private var words: PageWords { site.words(.regionHome) }
    private var facts: RegionFacts { RegionFacts(profile, site: site) }
    /// The values the page's sentences name: «в Омской области», the region's system.
    private var values: [String: String] { ["place": profile.place, "system": profile.system.shortName] }

    func render() -> String {
        let region = profile.region
        let title = Self.title(of: profile, site: site)
        // First screen on a phone: what the region uses, how to sign in, whom to ask.
        var main = "<h1>\(escapeHTML(title))</h1>\n"
        switch profile.use {
        case .yes:
            main += caveat()
            main += quickStart()
            main += contact()
            main += wizardLead()
        case .no:
            let lead = profile.system.printedAddress != nil ? "lead_other_system" : "lead_no_system"
            main += "<p class=\"lead\">\(words.html(lead, values))</p>\n"
            main += familySignIn()
            main += caveat()
            main += systemFacts()
            main += contact()
        case .partly:
            main += "<p class=\"lead\">\(words.html("lead_partly", values))</p>\n"
            main += caveat()
            main += systemFacts()
            main += contact()
            main += "<h2 id=\"dnevnik-ru\">\(words.html("partly_heading"))</h2>\n"
            main += "<p>\(words.html("partly_text"))</p>\n"
            main += quickStart()
            main += wizardLead()
        }
        main += freshness()
        main += "<p class=\"no-print\"><a href=\"\(SiteModel.leafletPath(code))\">\(words.html("leaflet_link"))</a> \(words.html("leaflet_link_after"))</p>\n"
        if !region.body.isEmpty {
            main += ArticleMarkdown.html(site.knowledgeBase.resolve(region.body, region: code), region: code, site: site)
        }
        main += audiencePaths()
        main += details(region)
        main += allArticles()
        let description = words.plain(profile.use == .no ? "description_other" : "description_dnevnik", values)
        let shell = PageShell(
            title: title, description: description,
            path: SiteModel.regionPath(code), region: region,
            breadcrumb: [(words.plain("breadcrumb_regions"), "/"), (region.name, nil)],
            main: main, scripts: site.scripts(for: .search))
        return shell.render(site: site)
    }

    /// «Дневник.ру в Омской области: вход через Госуслуги», or the region's own system:
    /// «Электронный дневник в Москве — МЭШ».
    static func title(of region: RegionProfile, site: SiteModel) -> String {
        site.words(.regionHome).plain(region.use == .yes ? "title_dnevnik" : "title_other",
                                      ["place": region.place, "system": region.system.shortName])
    }

    private func wizardLead() -> String {
        """
        <p class="lead"><a class="button" href="\(SiteModel.wizardPath(code))">\(words.html("wizard_button"))</a>
        \(words.html("wizard_lead"))</p>

        """
    }

    private func caveat() -> String {
        guard let caveat = profile.caveat else { return "" }
        return "<p class=\"note\"><strong>\(words.html("caveat_label"))</strong> \(escapeHTML(caveat))</p>\n"
    }

    /// How to sign in to Dnevnik.ru in three steps, with the region's login address.
    private func quickStart() -> String {
        var html = "<section class=\"quick\" aria-labelledby=\"kak-voiti\">\n<h2 id=\"kak-voiti\">\(words.html("quick_start_heading"))</h2>\n<ol>\n"
        html += facts.signInSteps(address: link) + "</ol>\n"
        if site.article("login-website", in: code) != nil {
            html += "<p><a href=\"\(SiteModel.articlePath("login-website", region: code))\">\(words.html("quick_start_details"))</a></p>\n"
        }
        return html + "</section>\n"
    }

    /// Whom to call or ask: the hotline where a source gives one, else the region's own sentence.
    private func contact() -> String {
        let contact = profile.contact
        var html = "<section class=\"contact\" aria-labelledby=\"kuda-obrashchatsya\">\n<h2 id=\"kuda-obrashchatsya\">\(words.html("contact_heading"))</h2>\n"
        if let hotline = contact.hotline {
            html += "<p class=\"hotline\"><a href=\"\(telephoneURL(hotline.number))\">\(escapeHTML(hotline.number))</a>"
            if let hours = hotline.hours { html += "<br><span class=\"meta\">\(typesetHTML(hours))</span>" }
            html += "</p>\n"
            if contact.adviceIsOwn { html += "<p>\(facts.advice)</p>\n" }
        } else {
            html += "<p>\(facts.advice) \(words.html("no_hotline"))</p>\n"
        }
        return html + "</section>\n"
    }

    /// The region's own system: its name, address and sign-in.
    private func systemFacts() -> String {
        RegionFacts.definitionList(facts.systemRows(address: link))
    }

    /// «Данные проверены в сентябре 2026 года; источник: …», the other sources folded below.
    private func freshness() -> String {
        let freshness = profile.freshness
        var text = words.html("checked")
        if let month = freshness.confirmed { text += " \(SiteModel.formatPrepositional(month))" }
        if let first = freshness.sources.first { text += "; \(words.html("source")): \(escapeHTML(first))" }
        var html = "<p class=\"meta sources\">\(text).</p>\n"
        if freshness.sources.count > 1 {
            html += "<details class=\"meta sources\"><summary>\(words.html("all_sources")) (\(freshness.sources.count))</summary>\n<ul>\n"
            for source in freshness.sources { html += "<li>\(escapeHTML(source))</li>\n" }
            html += "</ul></details>\n"
        }
        return html
    }

    /// Dnevnik.ru in the region, its documents and notes, folded: useful, but not on the first screen.
    private func details(_ region: Region) -> String {
        var rows: [(String, String)] = []
        if profile.use.includesDnevnik {
            if let login = region.loginURL { rows.append((words.html("details_login"), link(login))) }
            if let siteAddress = region.site {
                let url = siteAddress.hasPrefix("http") ? siteAddress : "https://\(siteAddress)"
                rows.append((words.html("details_site"), "<a href=\"\(escapeHTML(url))\">\(escapeHTML(siteAddress))</a>"))
            }
            if let since = region.esiaOnlySince {
                rows.append((words.html("details_esia_only"), words.html("details_esia_since", ["date": SiteModel.format(since)])))
            }
            if profile.use == .yes, let system = profile.system.name {
                rows.append((words.html("details_system"), escapeHTML(system)))
            }
            if let hours = region.schoolHours {
                rows.append((words.html("details_school_hours"), escapeHTML(hours)))
            }
        }
        guard !rows.isEmpty || !region.decrees.isEmpty || !region.notes.isEmpty else { return "" }
        var html = "<details class=\"region-details\"><summary>\(words.html("details_summary"))</summary>\n"
        html += RegionFacts.definitionList(rows)
        if !region.decrees.isEmpty {
            html += "<h2 id=\"dokumenty\">\(words.html("decrees_heading"))</h2>\n<ul>\n"
            for decree in region.decrees { html += "<li>\(escapeHTML(decree))</li>\n" }
            html += "</ul>\n"
        }
        if !region.notes.isEmpty {
            html += "<h2 id=\"osobennosti\">\(words.html("notes_heading"))</h2>\n<ul>\n"
            for note in region.notes { html += "<li>\(escapeHTML(note))</li>\n" }
            html += "</ul>\n"
        }
        return html + "</details>\n"
    }

    /// In a region whose system's family has articles (ТОР «Моя школа», «Сетевой город», МЭШ):
    /// how to sign in, first — the family's sign-in articles, each with its summary.
    private func familySignIn() -> String {
        let signIn = site.articles(in: code).filter { $0.article.about == .system && $0.article.topic == .login }
        guard !signIn.isEmpty else { return "" }
        var html = "<section class=\"quick\" aria-labelledby=\"kak-voyti\">\n"
        html += "<h2 id=\"kak-voyti\">\(words.html("family_sign_in", ["system": profile.system.shortName]))</h2>\n<ul class=\"card-list\">\n"
        for article in signIn {
            html += "<li><a href=\"\(SiteModel.articlePath(article.id, region: code))\"><strong>\(typesetHTML(article.title))</strong>"
            html += "<span>\(typesetHTML(article.summary))</span></a></li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// The articles for each kind of reader, folded: a parent opens what concerns them.
    private func audiencePaths() -> String {
        let articles = site.articles(in: code)
        var html = "<h2 id=\"kto-vy\">\(words.html("paths_heading"))</h2>\n<div class=\"paths\">\n"
        for audience in SiteModel.pathAudiences {
            let matching = articles.filter { $0.article.audiences.contains(audience) && $0.article.topic != .remedy && !$0.article.isHistory }
            guard !matching.isEmpty else { continue }
            html += "<details><summary>\(escapeHTML(site.pathTitle(of: audience)))</summary>\n<ul>\n"
            for article in matching {
                html += "<li><a href=\"\(SiteModel.articlePath(article.id, region: code))\">\(typesetHTML(article.title))</a></li>\n"
            }
            html += "</ul></details>\n"
        }
        return html + "</div>\n"
    }

    /// Every article of the region by section, folded per section.
    private func allArticles() -> String {
        let articles = site.articles(in: code)
        var html = "<h2 id=\"vse-stati\">\(words.html("all_articles_heading"))</h2>\n<div class=\"paths\">\n"
        for topic in Topic.allCases {
            let inTopic = articles.filter { $0.article.topic == topic }
            guard !inTopic.isEmpty else { continue }
            html += "<details id=\"\(topic.rawValue)\"><summary>\(escapeHTML(site.title(of: topic, in: profile))) (\(inTopic.count))</summary>\n<ul class=\"card-list\">\n"
            for article in inTopic {
                html += "<li><a href=\"\(SiteModel.articlePath(article.id, region: code))\"><strong>\(typesetHTML(article.title))</strong>"
                html += "<span>\(typesetHTML(article.summary))</span></a></li>\n"
            }
            html += "</ul></details>\n"
        }
        return html + "</div>\n"
    }

    private func link(_ url: String) -> String {
        "<a href=\"\(escapeHTML(url))\">\(escapeHTML(url))</a>"
    }
}
