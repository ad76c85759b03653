import KnowledgeBase

/// `/NN/vote/yes/` and `/NN/vote/no/`: where «Помогла ли статья?» «Да» and «Нет» lead. Plain
/// links with the article in the address (`?a=login-website`), so that the web server's access
/// log counts the votes (`spravka stats --access-log`) with no script and no cookie. «Нет»
/// offers the wizard where the region has it, and whom to ask. Not indexed; crawlers are
/// asked not to follow the links (`rel="nofollow"`, robots.txt). Words: `pages/vote.md`.
struct VotePage {
    let site: SiteModel
    let profile: RegionProfile
    let helped: Bool
    var code: String { profile.code }
    private var words: PageWords { site.words(.vote) }

    func render() -> String {
        var main: String
        if helped {
            main = "<h1>\(words.html("yes_heading"))</h1>\n<p class=\"lead\">\(words.html("yes_text"))</p>\n"
        } else {
            main = "<h1>\(words.html("no_heading"))</h1>\n<p class=\"lead\">\(words.html("no_text"))</p>\n<ul>\n"
            if profile.use.includesDnevnik {
                let wizard = "<a href=\"\(SiteModel.wizardPath(code))\">\(words.html("no_wizard_link"))</a>"
                main += "<li>\(words.html("no_wizard", html: ["wizard": wizard]))</li>\n"
            }
            let search = "<a href=\"\(SiteModel.searchPath(code))\">\(words.html("no_search_link"))</a>"
            main += "<li>\(words.html("no_search", html: ["search": search]))</li>\n"
            main += "<li>\(typesetHTML(profile.contact.hotlineSentence() ?? profile.contact.advice))</li>\n</ul>\n"
        }
        main += "<p><a href=\"\(SiteModel.regionPath(code))\">\(words.html("home_link", ["region": profile.name]))</a></p>\n"
        return PageShell(
            title: words.plain(helped ? "yes_title" : "no_title"), description: words.plain("description"),
            path: SiteModel.votePath(code, helped: helped), region: profile.region,
            breadcrumb: [(profile.name, SiteModel.regionPath(code)), (words.plain("question"), nil)],
            main: main, scripts: site.scripts(for: .search), indexable: false
        ).render(site: site)
    }

    /// The question under every article, with its two links.
    static func question(article id: String, region code: String, words: PageWords) -> String {
        """
        <section class="vote no-print" aria-labelledby="vote-question">
        <h2 id="vote-question">\(words.html("question"))</h2>
        <p class="actions"><a class="button secondary" rel="nofollow" href="\(SiteModel.votePath(code, helped: true))?a=\(id)">\(words.html("yes"))</a> <a class="button secondary" rel="nofollow" href="\(SiteModel.votePath(code, helped: false))?a=\(id)">\(words.html("no"))</a></p>
        </section>

        """
    }
}
