import KnowledgeBase
import QRCode

/// `/NN/leaflet/`: one A4 sheet a class teacher hands to each family — the region's system
/// and login address, the few steps, what each family member needs, whom to ask, when the
/// facts were checked, and QR codes a phone's camera opens (with the addresses written out).
/// Prints on one page (print CSS in the theme) and reads on a screen too.
struct LeafletPage {
    let site: SiteModel
    let code: String

    func render() -> String {
        guard let region = site.knowledgeBase.region(code: code) else { return "" }
        let place = region.nameIn ?? region.name
        var main = "<article class=\"sheet\">\n"
        main += "<h1>\(escapeHTML(Self.title(of: region)))</h1>\n"
        switch region.dnevnikUse {
        case .yes:
            main += "<p class=\"lead\">Школы \(escapeHTML(place)) ведут электронный дневник в\u{A0}Дневник.ру. Вход — только через Госуслуги.</p>\n"
            main += dnevnikSteps(region)
            main += needs()
        case .partly:
            main += "<p class=\"lead\">Школы \(escapeHTML(place)) ведут электронный дневник в\u{A0}системе «\(escapeHTML(region.systemShort ?? ""))». "
            main += "Дневник.ру — только в\u{A0}отдельных школах; в\u{A0}какой системе ваша, скажет классный руководитель.</p>\n"
            main += systemFacts(region)
            main += "<h2>Если школа работает в\u{A0}Дневник.ру</h2>\n"
            main += dnevnikSteps(region)
            main += needs()
        case .no:
            if region.systemURL != nil || region.systemLoginURL != nil {
                main += "<p class=\"lead\">Школы \(escapeHTML(place)) ведут электронный дневник в\u{A0}системе «\(escapeHTML(region.systemShort ?? ""))», не\u{A0}в\u{A0}Дневник.ру.</p>\n"
            } else {
                main += "<p class=\"lead\">Школы \(escapeHTML(place)) не\u{A0}работают в\u{A0}Дневник.ру.</p>\n"
            }
            main += systemFacts(region)
        }
        if let caveat = region.caveat {
            main += "<p class=\"note\">\(escapeHTML(caveat))</p>\n"
        }
        main += contact(region)
        main += codes(region)
        var checked = "Данные проверены"
        if let month = region.confirmed { checked += " \(SiteModel.formatPrepositional(month))" }
        main += "<p class=\"meta\">\(checked). Справка для вашего региона: \(escapeHTML(site.absolute(SiteModel.regionPath(code)))).</p>\n"
        main += "</article>\n"
        main += "<p class=\"no-print\">Памятка помещается на\u{A0}один лист A4: распечатайте её из\u{A0}браузера (меню «Печать»).</p>\n"
        var shell = PageShell(
            title: "Памятка для родителей: \(Self.title(of: region))",
            description: "Памятка на одном листе: как войти в электронный дневник \(place), что нужно каждому в семье и куда обращаться.",
            path: SiteModel.leafletPath(code), region: region,
            breadcrumb: [(region.name, SiteModel.regionPath(code)), ("Памятка для родителей", nil)],
            main: main, scripts: site.scripts(for: .search))
        shell.bodyClass = "leaflet"
        return shell.render(site: site)
    }

    /// «Вход в Дневник.ру — Омская область», or the region's own system.
    static func title(of region: Region) -> String {
        region.dnevnikUse == .yes
            ? "Вход в\u{A0}Дневник.ру — \(region.name)"
            : "Электронный дневник — \(region.name)"
    }

    private func dnevnikSteps(_ region: Region) -> String {
        "<h2>Как войти</h2>\n<ol>\n" + SignInSteps.items(region) { "<span class=\"address\">\(escapeHTML($0))</span>" } + "</ol>\n"
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

    private func systemFacts(_ region: Region) -> String {
        RegionFacts.definitionList(RegionFacts.systemRows(region, printed: true) { "<span class=\"address\">\(escapeHTML($0))</span>" })
    }

    private func contact(_ region: Region) -> String {
        var html = "<h2>Если не\u{A0}получается</h2>\n"
        if let hotline = region.hotline {
            html += "<p>Горячая линия: <strong>\(escapeHTML(hotline))</strong>"
            if let hours = region.hotlineHours { html += " (\(escapeHTML(hours)))" }
            html += ".</p>\n"
        }
        html += "<p>\(RegionFacts.support(region)) "
        html += "Классный руководитель: ____________________ (телефон или кабинет).</p>\n"
        return html
    }

    /// Up to two codes: the region's help and the wizard (or, without Dnevnik.ru, the
    /// region's own system).
    private func codes(_ region: Region) -> String {
        var targets: [(caption: String, url: String)] = [("Справка для региона", site.absolute(SiteModel.regionPath(code)))]
        if region.dnevnikUse.includesDnevnik {
            targets.append(("«Не\u{A0}получается войти?» — проверка по\u{A0}шагам", site.absolute(SiteModel.wizardPath(code))))
        } else if let url = region.systemLoginURL ?? region.systemURL {
            targets.append(("Вход в\u{A0}«\(region.systemShort ?? "систему")»", url))
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
