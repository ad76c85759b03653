import KnowledgeBase

/// `/404.html`: served by the web server for any missing page.
struct NotFoundPage {
    let site: SiteModel

    func render() -> String {
        let words = site.words(.shell)
        let main = """
        <h1>\(escapeHTML(words.plain("not_found_heading")))</h1>
        <p>\(words.html("not_found_text"))</p>
        <p><a class="button" href="/">\(escapeHTML(words.plain("not_found_button")))</a></p>

        """
        return PageShell(title: words.plain("not_found_title"), description: words.plain("not_found_description"),
            path: "/404.html", region: nil, main: main, indexable: false).render(site: site)
    }
}
