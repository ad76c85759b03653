import KnowledgeBase
import QRCode

/// `/NN/leaflet/`: one A4 sheet a class teacher hands to each family — the region's system
/// and login address, the few steps, what each family member needs, whom to ask, when the
/// facts were checked, and QR codes a phone's camera opens (with the addresses written out).
/// Prints on one page (print CSS in the theme) and reads on a screen too. Words:
/// `pages/leaflet.md`.
struct LeafletPage {
    let site: SiteModel
    /// The region, assembled once; the page lays it out.
    let profile: RegionProfile
    var code: String { profile.code }
    private var words: PageWords { site.words(.leaflet) }
    private var facts: RegionFacts { RegionFacts(profile, site: site) }
    /// The values the page's sentences name.
    private var values: [String: String] {
        ["name": profile.name, "place": profile.place, "system": profile.system.shortName]
    }

    func render() -> String {
        let region = profile.region
        var main = "<article class=\"sheet\">\n"
        main += "<h1>\(words.html(titleKey, values))</h1>\n"
        switch profile.use {
        case .yes:
            main += "<p class=\"lead\">\(words.html("lead_dnevnik", values))</p>\n"
            main += dnevnikSteps()
            main += needs()
        case .partly:
            main += "<p class=\"lead\">\(words.html("lead_partly", values))</p>\n"
            main += systemFacts()
            main += "<h2>\(words.html("partly_heading"))</h2>\n"
            main += dnevnikSteps()
            main += needs()
        case .no:
            let lead = profile.system.printedAddress != nil ? "lead_other_system" : "lead_no_system"
            main += "<p class=\"lead\">\(words.html(lead, values))</p>\n"
            main += systemFacts()
        }
        if let caveat = profile.caveat {
            main += "<p class=\"note\">\(escapeHTML(caveat))</p>\n"
        }
        main += contact()
        main += codes()
        var checked = words.html("checked")
        if let month = profile.freshness.confirmed { checked += " \(SiteModel.formatPrepositional(month))" }
        let help = words.html("help_address", html: ["address": escapeHTML(site.absolute(SiteModel.regionPath(code)))])
        main += "<p class=\"meta\">\(checked). \(help)</p>\n"
        main += "</article>\n"
        main += "<p class=\"no-print\">\(words.html("print_note"))</p>\n"
        var shell = PageShell(
            title: words.plain("page_title", ["title": words.plain(titleKey, values)]),
            description: words.plain("description", values),
            path: SiteModel.leafletPath(code), region: region,
            breadcrumb: [(region.name, SiteModel.regionPath(code)), (words.plain("breadcrumb"), nil)],
            main: main, scripts: site.scripts(for: .search))
        shell.bodyClass = "leaflet"
        return shell.render(site: site)
    }

    /// «Вход в Дневник.ру — Омская область», or the region's own system.
    private var titleKey: String {
        profile.use == .yes ? "title_dnevnik" : "title_other"
    }

    private func dnevnikSteps() -> String {
        "<h2>\(words.html("steps_heading"))</h2>\n<ol>\n" + facts.signInSteps { "<span class=\"address\">\(escapeHTML($0))</span>" } + "</ol>\n"
    }

    /// What each member of the family needs on Gosuslugi (docs/architecture.md, "Current rules").
    private func needs() -> String {
        var html = "<h2>\(words.html("needs_heading"))</h2>\n<ul>\n"
        for who in ["adult", "teen", "child"] {
            html += "<li><strong>\(words.html("needs_\(who)_who"))</strong> — \(words.html("needs_\(who)"))</li>\n"
        }
        html += "<li>\(words.html("needs_data"))</li>\n"
        return html + "</ul>\n"
    }

    private func systemFacts() -> String {
        RegionFacts.definitionList(facts.systemRows(printed: true) { "<span class=\"address\">\(escapeHTML($0))</span>" })
    }

    /// The hotline, then the region's advice — unless the advice only names the hotline's
    /// number again (the leaflet printed it twice, one line under the other).
    private func contact() -> String {
        var html = "<h2>\(words.html("contact_heading"))</h2>\n"
        if let hotline = facts.hotline(number: { "<strong>\($0)</strong>" }) {
            html += "<p>\(hotline).</p>\n"
        }
        html += "<p>"
        if !profile.contact.adviceRepeatsHotline { html += facts.advice + " " }
        html += "\(words.html("class_teacher"))</p>\n"
        return html
    }

    /// Up to two codes: the region's help and the wizard (or, without Dnevnik.ru, the
    /// region's own system).
    private func codes() -> String {
        var targets: [(caption: String, url: String)] = [(words.html("code_help"), site.absolute(SiteModel.regionPath(code)))]
        if profile.use.includesDnevnik {
            targets.append((words.html("code_wizard"), site.absolute(SiteModel.wizardPath(code))))
        } else if let url = profile.system.printedAddress {
            targets.append((words.html("code_system", values), url))
        }
        var html = "<div class=\"qr-codes\">\n"
        for target in targets {
            guard let code = try? QRCode(text: target.url, errorCorrection: .medium) else { continue }
            html += "<figure>\(code.svg(moduleSize: 4, quietZone: 4, title: words.plain("code_title", ["address": target.url])))"
            html += "<figcaption>\(target.caption)<br><span class=\"address\">\(escapeHTML(target.url))</span></figcaption></figure>\n"
        }
        return html + "</div>\n"
    }
}
