import KnowledgeBase
import QRCode

/// `/NN/leaflet/`: one A4 sheet a class teacher hands to each family — the region's system
/// and login address, the few steps, what each family member needs, whom to ask, when the
/// facts were checked, and QR codes a phone's camera opens (with the addresses written out).
/// Prints on one page (print CSS in the theme) and reads on a screen too.
struct LeafletPage {
    let site: SiteModel
    /// The region, assembled once; the page lays it out.
    let profile: RegionProfile
    var code: String { profile.code }

    func render() -> String {
        let region = profile.region
        let place = profile.place
        var main = "<article class=\"sheet\">\n"
        main += "<h1>\(escapeHTML(Self.title(of: profile)))</h1>\n"
        switch profile.use {
        case .yes:
            main += "<p class=\"lead\">Школы \(escapeHTML(place)) ведут электронный дневник в\u{A0}Дневник.ру. Вход — только через Госуслуги.</p>\n"
            main += dnevnikSteps()
            main += needs()
        case .partly:
            main += "<p class=\"lead\">Школы \(escapeHTML(place)) ведут электронный дневник в\u{A0}системе «\(escapeHTML(profile.system.shortName))». "
            main += "Дневник.ру — только в\u{A0}отдельных школах; в\u{A0}какой системе ваша, скажет классный руководитель.</p>\n"
            main += systemFacts()
            main += "<h2>Если школа работает в\u{A0}Дневник.ру</h2>\n"
            main += dnevnikSteps()
            main += needs()
        case .no:
            if profile.system.printedAddress != nil {
                main += "<p class=\"lead\">Школы \(escapeHTML(place)) ведут электронный дневник в\u{A0}системе «\(escapeHTML(profile.system.shortName))», не\u{A0}в\u{A0}Дневник.ру.</p>\n"
            } else {
                main += "<p class=\"lead\">Школы \(escapeHTML(place)) не\u{A0}работают в\u{A0}Дневник.ру.</p>\n"
            }
            main += systemFacts()
        }
        if let caveat = profile.caveat {
            main += "<p class=\"note\">\(escapeHTML(caveat))</p>\n"
        }
        main += contact()
        main += codes()
        var checked = "Данные проверены"
        if let month = profile.freshness.confirmed { checked += " \(SiteModel.formatPrepositional(month))" }
        main += "<p class=\"meta\">\(checked). Справка для вашего региона: \(escapeHTML(site.absolute(SiteModel.regionPath(code)))).</p>\n"
        main += "</article>\n"
        main += "<p class=\"no-print\">Памятка помещается на\u{A0}один лист A4: распечатайте её из\u{A0}браузера (меню «Печать»).</p>\n"
        var shell = PageShell(
            title: "Памятка для родителей: \(Self.title(of: profile))",
            description: "Памятка на одном листе: как войти в электронный дневник \(place), что нужно каждому в семье и куда обращаться.",
            path: SiteModel.leafletPath(code), region: region,
            breadcrumb: [(region.name, SiteModel.regionPath(code)), ("Памятка для родителей", nil)],
            main: main, scripts: site.scripts(for: .search))
        shell.bodyClass = "leaflet"
        return shell.render(site: site)
    }

    /// «Вход в Дневник.ру — Омская область», or the region's own system.
    static func title(of region: RegionProfile) -> String {
        region.use == .yes
            ? "Вход в\u{A0}Дневник.ру — \(region.name)"
            : "Электронный дневник — \(region.name)"
    }

    private func dnevnikSteps() -> String {
        "<h2>Как войти</h2>\n<ol>\n" + SignInSteps.items(profile) { "<span class=\"address\">\(escapeHTML($0))</span>" } + "</ol>\n"
    }

    /// What each member of the family needs on Gosuslugi (docs/architecture.md, "Current rules").
    private func needs() -> String {
        """
        <h2>Что нужно каждому</h2>
        <ul>
        <li><strong>Родителю и\u{A0}ученику от\u{A0}18\u{A0}лет</strong> — подтверждённая учётная запись на\u{A0}Госуслугах. Подтвердить её можно онлайн через банк, в\u{A0}МФЦ, на\u{A0}почте или электронной подписью.</li>
        <li><strong>Ученику 14–17\u{A0}лет</strong> — своя подтверждённая учётная запись, связанная с\u{A0}учётной записью родителя (раздел «Семья и\u{A0}дети»).</li>
        <li><strong>Ребёнку до\u{A0}14\u{A0}лет</strong> — детская учётная запись: её создаёт родитель в\u{A0}своём профиле. Проверка свидетельства о\u{A0}рождении в\u{A0}ЗАГС может занять несколько недель — создайте её заранее. С\u{A0}иностранным свидетельством — только через МФЦ.</li>
        <li>ФИО, СНИЛС и\u{A0}дата рождения на\u{A0}Госуслугах должны совпадать с\u{A0}данными в\u{A0}школе. Ошибку в\u{A0}Дневник.ру исправляет администратор школы.</li>
        </ul>

        """
    }

    private func systemFacts() -> String {
        RegionFacts.definitionList(RegionFacts.systemRows(profile, printed: true) { "<span class=\"address\">\(escapeHTML($0))</span>" })
    }

    /// The hotline, then the region's advice — unless the advice only names the hotline's
    /// number again (the leaflet printed it twice, one line under the other).
    private func contact() -> String {
        var html = "<h2>Если не\u{A0}получается</h2>\n"
        if let hotline = RegionFacts.hotline(profile, number: { "<strong>\($0)</strong>" }) {
            html += "<p>\(hotline).</p>\n"
        }
        html += "<p>"
        if !profile.contact.adviceRepeatsHotline { html += RegionFacts.advice(profile) + " " }
        html += "Классный руководитель: ____________________ (телефон или кабинет).</p>\n"
        return html
    }

    /// Up to two codes: the region's help and the wizard (or, without Dnevnik.ru, the
    /// region's own system).
    private func codes() -> String {
        var targets: [(caption: String, url: String)] = [("Справка для региона", site.absolute(SiteModel.regionPath(code)))]
        if profile.use.includesDnevnik {
            targets.append(("«Не\u{A0}получается войти?» — проверка по\u{A0}шагам", site.absolute(SiteModel.wizardPath(code))))
        } else if let url = profile.system.printedAddress {
            targets.append(("Вход в\u{A0}«\(profile.system.shortName)»", url))
        }
        var html = "<div class=\"qr-codes\">\n"
        for target in targets {
            guard let code = try? QRCode(text: target.url, errorCorrection: .medium) else { continue }
            html += "<figure>\(code.svg(moduleSize: 4, quietZone: 4, title: "QR-код: \(target.url)"))"
            html += "<figcaption>\(escapeHTML(target.caption))<br><span class=\"address\">\(escapeHTML(target.url))</span></figcaption></figure>\n"
        }
        return html + "</div>\n"
    }
}
