import KnowledgeBase

/// The frame every HTML page shares: head (title, description, canonical, Open Graph),
/// header with the search form, breadcrumb, main content and footer.
struct PageShell {
    var title: String
    var description: String
    /// The page's path on the site (`/55/login-website/`).
    var path: String
    var region: Region?
    /// Links above the title, the current page last (without a link).
    var breadcrumb: [(title: String, path: String?)] = []
    var main: String
    /// Scripts the page needs (site paths), loaded deferred.
    var scripts: [String] = []
    /// Whether the page may be indexed (the 404 page may not).
    var indexable = true
    /// A class on `<body>` for page-specific styles (the printed leaflet).
    var bodyClass: String?

    /// What a page may load and run: only the site's own files, no inline script, no eval, no
    /// plugins, forms only to the site — so that even injected content could not run a script
    /// or reach another site. (`frame-ancestors` cannot be set in a meta tag; the server's
    /// configuration in docs/for-schools.md sends the headers that need a server.)
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"

    func render(site: SiteModel) -> String {
        let words = site.words(.shell)
        func plain(_ key: String) -> String { escapeHTML(words.plain(key)) }
        var html = """
        <!doctype html>
        <html lang="ru">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(escapeHTML(title)) — \(plain("title_suffix"))</title>
        <meta name="description" content="\(escapeHTML(description))">

        """
        if indexable {
            html += "<link rel=\"canonical\" href=\"\(escapeHTML(site.absolute(path)))\">\n"
        } else {
            html += "<meta name=\"robots\" content=\"noindex\">\n"
        }
        html += """
        <meta property="og:type" content="website">
        <meta property="og:locale" content="ru_RU">
        <meta property="og:site_name" content="\(plain("site_name"))">
        <meta property="og:title" content="\(escapeHTML(title))">
        <meta property="og:description" content="\(escapeHTML(description))">
        <meta property="og:url" content="\(escapeHTML(site.absolute(path)))">
        <link rel="stylesheet" href="\(site.theme.url("css/site.css"))">
        <link rel="icon" href="\(site.theme.url("icons/favicon.svg"))" type="image/svg+xml">
        <link rel="alternate" type="application/atom+xml" title="\(plain("feed_title"))" href="/feed.xml">

        """
        for script in scripts {
            html += "<script src=\"\(escapeHTML(script))\" defer></script>\n"
        }
        html += "</head>\n" + (bodyClass.map { "<body class=\"\(escapeHTML($0))\">\n" } ?? "<body>\n")
        html += "<a class=\"skip\" href=\"#content\">\(words.html("skip"))</a>\n"
        html += header(site: site, words: words)
        html += "<main id=\"content\"><div class=\"wrap\">\n"
        if !breadcrumb.isEmpty {
            html += "<nav class=\"crumbs\" aria-label=\"\(plain("crumbs_label"))\"><ol>"
            for item in breadcrumb {
                if let path = item.path {
                    html += "<li><a href=\"\(escapeHTML(path))\">\(escapeHTML(item.title))</a></li>"
                } else {
                    html += "<li aria-current=\"page\">\(escapeHTML(item.title))</li>"
                }
            }
            html += "</ol></nav>\n"
        }
        html += main
        html += "</div></main>\n"
        html += footer(words: words)
        html += "</body>\n</html>\n"
        return html
    }

    private func header(site: SiteModel, words: PageWords) -> String {
        func plain(_ key: String) -> String { escapeHTML(words.plain(key)) }
        var html = "<header class=\"site\"><div class=\"wrap\">\n"
        if let region {
            html += "<a class=\"brand\" href=\"\(SiteModel.regionPath(region.code))\">\(plain("brand")) <span>\(escapeHTML(region.name))</span></a>\n"
            html += """
            <form class="search" role="search" action="\(SiteModel.searchPath(region.code))" method="get" data-index="\(SiteModel.searchIndexPath(region.code))">
            <input type="search" name="q" aria-label="\(plain("search_label"))" placeholder="\(plain("search_placeholder"))" autocomplete="off">
            <button type="submit">\(plain("search_button"))</button>
            </form>

            """
        } else {
            html += "<a class=\"brand\" href=\"/\">\(plain("brand")) <span>\(words.html("brand_tagline"))</span></a>\n"
        }
        html += "</div></header>\n"
        return html
    }

    private func footer(words: PageWords) -> String {
        func plain(_ key: String) -> String { escapeHTML(words.plain(key)) }
        var html = "<footer class=\"site\"><div class=\"wrap\">\n"
        html += "<p>" + words.html("footer_about") + "</p>\n"
        if let region, region.dnevnikUse.includesDnevnik {
            html += "<p><a href=\"/\">\(plain("footer_other_region"))</a> · <a href=\"\(SiteModel.wizardPath(region.code))\">\(words.html("footer_wizard"))</a></p>\n"
        } else if region != nil {
            html += "<p><a href=\"/\">\(plain("footer_other_region"))</a></p>\n"
        } else {
            html += "<p><a href=\"/\">\(plain("footer_choose_region"))</a></p>\n"
        }
        html += "</div></footer>\n"
        return html
    }
}
