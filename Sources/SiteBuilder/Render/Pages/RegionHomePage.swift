import KnowledgeBase

/// `/NN/`: the truth about the region's e-diary first — which system its schools use, where to
/// sign in, whom to ask, how fresh the facts are — then paths by who you are and every article
/// the region shows, by section.
struct RegionHomePage {
    let site: SiteModel
    /// The region, assembled once; the page lays it out.
    let profile: RegionProfile
    var code: String { profile.code }

    func render() -> String {
        let region = profile.region
        let place = profile.place
        let title = Self.title(of: profile)
        // First screen on a phone: what the region uses, how to sign in, whom to ask.
        var main = "<h1>\(escapeHTML(title))</h1>\n"
        switch profile.use {
        case .yes:
            main += caveat()
            main += quickStart()
            main += contact()
            main += wizardLead(code)
        case .no:
            if profile.system.printedAddress != nil {
                main += "<p class=\"lead\">Школы \(escapeHTML(place)) ведут электронный дневник не\u{A0}в\u{A0}Дневник.ру, "
                main += "а\u{A0}в\u{A0}системе «\(escapeHTML(profile.system.shortName))». "
                main += "Ниже — как в\u{A0}неё войти, где спросить, если не\u{A0}получается, и\u{A0}статьи об\u{A0}учётной записи на\u{A0}Госуслугах.</p>\n"
            } else {
                // No system with an address (Sevastopol keeps paper journals): say what there is.
                main += "<p class=\"lead\">Школы \(escapeHTML(place)) не\u{A0}работают в\u{A0}Дневник.ру. "
                main += "Ниже — что известно о\u{A0}дневнике в\u{A0}регионе, где спросить и\u{A0}статьи об\u{A0}учётной записи на\u{A0}Госуслугах.</p>\n"
            }
            main += familySignIn()
            main += caveat()
            main += systemFacts()
            main += contact()
        case .partly:
            main += "<p class=\"lead\">Школы \(escapeHTML(place)) ведут электронный дневник в\u{A0}системе "
            main += "«\(escapeHTML(profile.system.shortName))». Дневник.ру работает только в\u{A0}отдельных школах.</p>\n"
            main += caveat()
            main += systemFacts()
            main += contact()
            main += "<h2 id=\"dnevnik-ru\">Если ваша школа работает в\u{A0}Дневник.ру</h2>\n"
            main += "<p>Инструкции ниже — только для таких школ. Работает ли ваша школа в\u{A0}Дневник.ру, скажет классный руководитель.</p>\n"
            main += quickStart()
            main += wizardLead(code)
        }
        main += freshness()
        main += "<p class=\"no-print\"><a href=\"\(SiteModel.leafletPath(code))\">Памятка для\u{A0}родителей на\u{A0}одном листе</a> — распечатать и\u{A0}раздать на\u{A0}собрании.</p>\n"
        if !region.body.isEmpty {
            main += ArticleMarkdown.html(site.knowledgeBase.resolve(region.body, region: code), region: code, site: site)
        }
        main += audiencePaths()
        main += details(region)
        main += allArticles()
        let description = profile.use == .no
            ? "Какой электронный дневник у школ \(place), как в него войти и где спросить; учётная запись на Госуслугах."
            : "Как войти в Дневник.ру через Госуслуги \(place): адрес входа, контакты, пошаговые инструкции."
        let shell = PageShell(
            title: title, description: description,
            path: SiteModel.regionPath(code), region: region,
            breadcrumb: [("Регионы", "/"), (region.name, nil)],
            main: main, scripts: site.scripts(for: .search))
        return shell.render(site: site)
    }

    /// «Дневник.ру в Омской области: вход через Госуслуги», or the region's own system:
    /// «Электронный дневник в Москве — МЭШ».
    static func title(of region: RegionProfile) -> String {
        guard region.use != .yes else {
            return "Дневник.ру \(region.place): вход через Госуслуги"
        }
        return "Электронный дневник \(region.place) — \(region.system.shortName)"
    }

    private func wizardLead(_ code: String) -> String {
        """
        <p class="lead"><a class="button" href="\(SiteModel.wizardPath(code))">Не\u{A0}получается войти?</a>
        Ответьте на\u{A0}несколько вопросов, и\u{A0}мы подскажем причину и\u{A0}что делать.</p>

        """
    }

    private func caveat() -> String {
        guard let caveat = profile.caveat else { return "" }
        return "<p class=\"note\"><strong>Обратите внимание.</strong> \(escapeHTML(caveat))</p>\n"
    }

    /// How to sign in to Dnevnik.ru in three steps, with the region's login address.
    private func quickStart() -> String {
        var html = "<section class=\"quick\" aria-labelledby=\"kak-voiti\">\n<h2 id=\"kak-voiti\">Как войти в\u{A0}Дневник.ру</h2>\n<ol>\n"
        html += SignInSteps.items(profile, address: link) + "</ol>\n"
        if site.article("login-website", in: code) != nil {
            html += "<p><a href=\"\(SiteModel.articlePath("login-website", region: code))\">Подробная инструкция со\u{A0}всеми шагами</a></p>\n"
        }
        return html + "</section>\n"
    }

    /// Whom to call or ask: the hotline where a source gives one, else the region's own sentence.
    private func contact() -> String {
        let contact = profile.contact
        var html = "<section class=\"contact\" aria-labelledby=\"kuda-obrashchatsya\">\n<h2 id=\"kuda-obrashchatsya\">Куда обращаться</h2>\n"
        if let hotline = contact.hotline {
            html += "<p class=\"hotline\"><a href=\"\(telephoneURL(hotline.number))\">\(escapeHTML(hotline.number))</a>"
            if let hours = hotline.hours { html += "<br><span class=\"meta\">\(typesetHTML(hours))</span>" }
            html += "</p>\n"
            if contact.adviceIsOwn { html += "<p>\(RegionFacts.advice(profile))</p>\n" }
        } else {
            html += "<p>\(RegionFacts.advice(profile)) "
            html += "Горячей линии по\u{A0}электронному дневнику в\u{A0}регионе мы не\u{A0}знаем.</p>\n"
        }
        return html + "</section>\n"
    }

    /// The region's own system: its name, address and sign-in.
    private func systemFacts() -> String {
        RegionFacts.definitionList(RegionFacts.systemRows(profile, address: link))
    }

    /// «Данные проверены в сентябре 2026 года; источник: …», the other sources folded below.
    private func freshness() -> String {
        let freshness = profile.freshness
        var text = "Данные проверены"
        if let month = freshness.confirmed { text += " \(SiteModel.formatPrepositional(month))" }
        if let first = freshness.sources.first { text += "; источник: \(escapeHTML(first))" }
        var html = "<p class=\"meta sources\">\(text).</p>\n"
        if freshness.sources.count > 1 {
            html += "<details class=\"meta sources\"><summary>Все источники (\(freshness.sources.count))</summary>\n<ul>\n"
            for source in freshness.sources { html += "<li>\(escapeHTML(source))</li>\n" }
            html += "</ul></details>\n"
        }
        return html
    }

    /// Dnevnik.ru in the region, its documents and notes, folded: useful, but not on the first screen.
    private func details(_ region: Region) -> String {
        var rows: [(String, String)] = []
        if region.dnevnikUse.includesDnevnik {
            if let login = region.loginURL { rows.append(("Адрес входа в\u{A0}Дневник.ру", link(login))) }
            if let siteAddress = region.site {
                let url = siteAddress.hasPrefix("http") ? siteAddress : "https://\(siteAddress)"
                rows.append(("Сайт", "<a href=\"\(escapeHTML(url))\">\(escapeHTML(siteAddress))</a>"))
            }
            if let since = region.esiaOnlySince {
                rows.append(("Только через Госуслуги", "с\u{A0}\(SiteModel.format(since))"))
            }
            if region.dnevnikUse == .yes, let system = region.system {
                rows.append(("Региональная система", escapeHTML(system)))
            }
            if let hours = region.schoolHours {
                rows.append(("Школа отвечает", escapeHTML(hours)))
            }
        }
        guard !rows.isEmpty || !region.decrees.isEmpty || !region.notes.isEmpty else { return "" }
        var html = "<details class=\"region-details\"><summary>О\u{A0}регионе подробнее</summary>\n"
        html += RegionFacts.definitionList(rows)
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
        return html + "</details>\n"
    }

    /// In a region whose system's family has articles (ТОР «Моя школа», «Сетевой город», МЭШ):
    /// how to sign in, first — the family's sign-in articles, each with its summary.
    private func familySignIn() -> String {
        let signIn = site.articles(in: code).filter { $0.article.about == .system && $0.article.topic == .login }
        guard !signIn.isEmpty else { return "" }
        var html = "<section class=\"quick\" aria-labelledby=\"kak-voyti\">\n"
        html += "<h2 id=\"kak-voyti\">\(typesetHTML("Как войти в «\(profile.system.shortName)»"))</h2>\n<ul class=\"card-list\">\n"
        for article in signIn {
            html += "<li><a href=\"\(SiteModel.articlePath(article.id, region: code))\"><strong>\(typesetHTML(article.title))</strong>"
            html += "<span>\(typesetHTML(article.summary))</span></a></li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// The articles for each kind of reader, folded: a parent opens what concerns them.
    private func audiencePaths() -> String {
        let articles = site.articles(in: code)
        var html = "<h2 id=\"kto-vy\">Кто вы?</h2>\n<div class=\"paths\">\n"
        for path in SiteModel.paths {
            let matching = articles.filter { $0.article.audiences.contains(path.audience) && $0.article.topic != .remedy && !$0.article.isHistory }
            guard !matching.isEmpty else { continue }
            html += "<details><summary>\(path.title)</summary>\n<ul>\n"
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
        var html = "<h2 id=\"vse-stati\">Все статьи по\u{A0}разделам</h2>\n<div class=\"paths\">\n"
        for topic in Topic.allCases {
            let inTopic = articles.filter { $0.article.topic == topic }
            guard !inTopic.isEmpty else { continue }
            html += "<details id=\"\(topic.rawValue)\"><summary>\(SiteModel.title(of: topic, in: profile)) (\(inTopic.count))</summary>\n<ul class=\"card-list\">\n"
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
