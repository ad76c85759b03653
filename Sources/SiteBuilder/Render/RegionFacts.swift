import KnowledgeBase

/// How a region's pages lay out the facts of its ``RegionProfile``: the region home shows them
/// on screen, the leaflet prints them, the search page offers the contact; each lays them out
/// its own way, with the words of `pages/region.md` and the site's typography.
struct RegionFacts {
    let region: RegionProfile
    let words: PageWords

    init(_ region: RegionProfile, site: SiteModel) {
        self.region = region
        words = site.words(.region)
    }

    /// The region's own system as rows of a definition list: its name, address, login page
    /// and how people sign in. `address` lays out an address; `printed` gives the one address
    /// a parent types (the login page, else the site).
    func systemRows(printed: Bool = false, address: (String) -> String) -> [(String, String)] {
        region.system.rows(printed: printed).map { row in
            let value: String
            switch row.value {
            case .text(let text): value = typesetHTML(text)
            case .address(let url): value = address(url)
            }
            return (words.html(row.term.rawValue), value)
        }
    }

    /// `<dl class="facts">` of `rows` (values already HTML); nothing for no rows.
    static func definitionList(_ rows: [(String, String)]) -> String {
        guard !rows.isEmpty else { return "" }
        var html = "<dl class=\"facts\">\n"
        for (term, value) in rows {
            html += "<dt>\(term)</dt><dd>\(value)</dd>\n"
        }
        return html + "</dl>\n"
    }

    /// The region's own sentence on whom to ask, else the school (HTML).
    var advice: String {
        typesetHTML(region.contact.advice)
    }

    /// «Горячая линия: 8-800-381-1234 (часы)» as HTML, the number laid out by `number` (a
    /// link, bold type), the rest typeset; nil where the region has no hotline.
    func hotline(number: (String) -> String) -> String? {
        guard let hotline = region.contact.hotline, let template = region.contact.hotlineTemplate else { return nil }
        let text = PageText.fill(template, ["hours": hotline.hours ?? ""])
        return PageWords.html(template: text, html: ["number": number(escapeHTML(hotline.number))])
    }

    /// The steps of signing in to Dnevnik.ru as `<li>` items; `address` turns the login URL
    /// into what the page shows (a link on a screen, the address written out on paper).
    func signInSteps(address: (String) -> String) -> String {
        region.signInSteps.map { step in
            let text: String
            switch step {
            case .openLoginPage(let url): text = words.html("step_open_login_page", html: ["address": address(url)])
            case .openDnevnikAndChooseRegion: text = words.html("step_open_dnevnik")
            case .pressGosuslugiButton: text = words.html("step_press_button")
            case .grantAccess: text = words.html("step_grant_access")
            }
            return "<li>" + text + "</li>\n"
        }.joined()
    }
}
