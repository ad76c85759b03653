import KnowledgeBase

/// How a region's pages lay out the facts of its ``RegionProfile``: the region home shows them
/// on screen, the leaflet prints them, the search page offers the contact; each lays them out
/// its own way, with the same words and the site's typography.
enum RegionFacts {
    /// The region's own system as rows of a definition list: its name, address, login page
    /// and how people sign in. `address` lays out an address; `printed` gives the one address
    /// a parent types (the login page, else the site).
    static func systemRows(_ region: RegionProfile, printed: Bool = false, address: (String) -> String) -> [(String, String)] {
        region.system.rows(printed: printed).map { row in
            let value: String
            switch row.value {
            case .text(let text): value = typesetHTML(text)
            case .address(let url): value = address(url)
            }
            return (term(row.term), value)
        }
    }

    static func term(_ term: RegionProfile.SystemFacts.Row.Term) -> String {
        switch term {
        case .system: return "Система"
        case .address: return "Адрес"
        case .loginPage: return "Страница входа"
        case .signIn: return "Как входят"
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
    static func advice(_ region: RegionProfile) -> String {
        typesetHTML(region.contact.advice)
    }

    /// «Горячая линия: 8-800-381-1234 (часы)» as HTML, the number laid out by `number`
    /// (a link, bold type), the hours typeset; nil where the region has no hotline.
    static func hotline(_ region: RegionProfile, number: (String) -> String) -> String? {
        region.contact.hotlineSentence(number: { number(escapeHTML($0)) }, hours: typesetHTML)
    }
}
