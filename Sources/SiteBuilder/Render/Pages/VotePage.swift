import KnowledgeBase

/// `/NN/vote/yes/` and `/NN/vote/no/`: where «Помогла ли статья?» «Да» and «Нет» lead. Plain
/// links with the article in the address (`?a=login-website`), so that the web server's access
/// log counts the votes (`spravka stats --access-log`) with no script and no cookie. «Нет»
/// offers the wizard where the region has it, and whom to ask. Not indexed; crawlers are
/// asked not to follow the links (`rel="nofollow"`, robots.txt).
struct VotePage {
    let site: SiteModel
    let profile: RegionProfile
    let helped: Bool
    var code: String { profile.code }

    func render() -> String {
        var main: String
        if helped {
            main = "<h1>Спасибо!</h1>\n<p class=\"lead\">Рады, что статья помогла. Ваш ответ учтён: по таким ответам школы и региональный центр видят, какие статьи работают.</p>\n"
        } else {
            main = "<h1>Жаль, что статья не помогла</h1>\n<p class=\"lead\">Ваш ответ учтён: по таким ответам мы видим, какие статьи надо исправить. Что можно сделать сейчас:</p>\n<ul>\n"
            if profile.use.includesDnevnik {
                main += "<li><a href=\"\(SiteModel.wizardPath(code))\">\(typesetHTML("Не получается войти? Пройдите проверку"))</a> — несколько вопросов, и станет ясно, в чём дело и кто может помочь.</li>\n"
            }
            main += "<li><a href=\"\(SiteModel.searchPath(code))\">Поищите другую статью</a> своими словами.</li>\n"
            main += "<li>\(typesetHTML(profile.contact.hotlineSentence() ?? profile.contact.advice))</li>\n</ul>\n"
        }
        main += "<p><a href=\"\(SiteModel.regionPath(code))\">\(typesetHTML("На главную страницу: \(profile.name)"))</a></p>\n"
        return PageShell(
            title: helped ? "Спасибо за ответ" : "Статья не помогла", description: "Ответ на вопрос «Помогла ли статья?».",
            path: SiteModel.votePath(code, helped: helped), region: profile.region,
            breadcrumb: [(profile.name, SiteModel.regionPath(code)), ("Помогла ли статья?", nil)],
            main: main, scripts: site.scripts(for: .search), indexable: false
        ).render(site: site)
    }

    /// The question under every article, with its two links.
    static func question(article id: String, region code: String) -> String {
        """
        <section class="vote no-print" aria-labelledby="vote-question">
        <h2 id="vote-question">Помогла ли статья?</h2>
        <p class="actions"><a class="button secondary" rel="nofollow" href="\(SiteModel.votePath(code, helped: true))?a=\(id)">Да</a> <a class="button secondary" rel="nofollow" href="\(SiteModel.votePath(code, helped: false))?a=\(id)">Нет</a></p>
        </section>

        """
    }
}
