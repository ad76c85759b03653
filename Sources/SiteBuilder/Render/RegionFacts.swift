import KnowledgeBase

/// What a region's pages say about its e-diary and whom to ask, in one place: the region home
/// shows it on screen, the leaflet prints it; each lays it out its own way.
enum RegionFacts {
    /// Said where a region's file names no support of its own.
    static let askTheSchool = "Спросите в\u{A0}своей школе, у\u{A0}классного руководителя."

    /// The region's own system as rows of a definition list: its name, address, login page
    /// and how people sign in. `address` lays out an address; `printed` gives the one address
    /// a parent types (the login page, else the site).
    static func systemRows(_ region: Region, printed: Bool = false, address: (String) -> String) -> [(String, String)] {
        var rows: [(String, String)] = []
        if let system = region.system { rows.append(("Система", escapeHTML(system))) }
        if printed {
            if let url = region.systemLoginURL ?? region.systemURL { rows.append(("Адрес", address(url))) }
        } else {
            if let url = region.systemURL { rows.append(("Адрес", address(url))) }
            if let login = region.systemLoginURL, login != region.systemURL { rows.append(("Страница входа", address(login))) }
        }
        if let signIn = region.signIn { rows.append(("Как входят", escapeHTML(signIn))) }
        return rows
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

    /// The region's own sentence on whom to ask, else the school.
    static func support(_ region: Region) -> String {
        escapeHTML(region.support ?? askTheSchool)
    }
}
