import KnowledgeBase
/// `/`: every region by name with the e-diary its schools use, as a plain list that a small
/// script can filter as one types (by the region's name or by the system's).
struct ChooserPage {
    let site: SiteModel

    func render() -> String {
        let words = site.words(.chooser)
        let dnevnikCount = site.regions.filter { $0.use == .yes }.count
        var main = """
        <h1>\(words.html("heading"))</h1>
        <p class="lead">\(words.html("lead"))</p>
        <p class="filter"><label for="region-filter">\(words.html("filter_label"))</label>
        <input id="region-filter" type="search" autocomplete="off" placeholder="\(escapeHTML(words.plain("filter_placeholder")))" data-filter="regions"></p>
        <ul class="regions" id="regions">

        """
        for region in site.regions {
            let partly = region.use == .partly ? words.html("partly") : ""
            main += "<li><a href=\"\(SiteModel.regionPath(region.code))\">\(escapeHTML(region.name))</a>"
            main += " <span class=\"system\">— \(escapeHTML(region.system.shortName))\(partly)</span></li>\n"
        }
        main += "</ul>\n"
        let regions = words.plain(Self.regionsKey(dnevnikCount))
        main += """
        <h2>\(words.html("dnevnik_heading"))</h2>
        <p>\(words.html("dnevnik_text", ["count": String(dnevnikCount), "regions": regions]))</p>
        <h2>\(words.html("common_heading"))</h2>
        <ul>
        <li>\(words.html("common_gosuslugi"))</li>
        <li>\(words.html("common_adults"))</li>
        <li>\(words.html("common_teens"))</li>
        <li>\(words.html("common_children"))</li>
        </ul>

        """
        var shell = PageShell(
            title: words.plain("page_title"),
            description: words.plain("description"),
            path: "/", region: nil, main: main)
        if site.theme.has("js/regions.js") { shell.scripts = [site.theme.url("js/regions.js")] }
        return shell.render(site: site)
    }

    /// The key of «регионах» after a number in the prepositional case («в 13 регионах», «в 1
    /// регионе»).
    static func regionsKey(_ count: Int) -> String {
        count % 10 == 1 && count % 100 != 11 ? "regions_one" : "regions_many"
    }
}
