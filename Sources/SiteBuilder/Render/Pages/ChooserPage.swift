import KnowledgeBase
/// `/`: every region by name with the e-diary its schools use, as a plain list that a small
/// script can filter as one types (by the region's name or by the system's).
struct ChooserPage {
    let site: SiteModel

    func render() -> String {
        let dnevnikCount = site.regions.filter { $0.use == .yes }.count
        var main = """
        <h1>Электронный дневник школы: помощь со\u{A0}входом</h1>
        <p class="lead">Выберите свой регион. Рядом с\u{A0}названием — система, в\u{A0}которой школы региона ведут электронный дневник: \
        для каждого региона свои адрес входа, контакты и\u{A0}правила.</p>
        <p class="filter"><label for="region-filter">Найти регион или систему</label>
        <input id="region-filter" type="search" autocomplete="off" placeholder="Например, Омская или МЭШ" data-filter="regions"></p>
        <ul class="regions" id="regions">

        """
        for region in site.regions {
            let partly = region.use == .partly ? "; в\u{A0}отдельных школах Дневник.ру" : ""
            main += "<li><a href=\"\(SiteModel.regionPath(region.code))\">\(escapeHTML(region.name))</a>"
            main += " <span class=\"system\">— \(escapeHTML(region.system.shortName))\(partly)</span></li>\n"
        }
        main += "</ul>\n"
        main += """
        <h2>Где работает Дневник.ру</h2>
        <p>По\u{A0}нашим данным, Дневник.ру — региональный электронный дневник в\u{A0}\(dnevnikCount) \(Self.regionsWord(dnevnikCount)). \
        В\u{A0}остальных регионах школы работают в\u{A0}других системах: справка по\u{A0}региону скажет, в\u{A0}какой, и\u{A0}где спросить. \
        Если сомневаетесь, спросите у\u{A0}классного руководителя.</p>
        <h2>Что одинаково во\u{A0}всех регионах</h2>
        <ul>
        <li>Во\u{A0}многие электронные дневники входят через Госуслуги, а\u{A0}в\u{A0}Дневник.ру с\u{A0}1\u{A0}сентября 2024\u{A0}года — только через них.</li>
        <li>Взрослым (с\u{A0}18\u{A0}лет) нужна подтверждённая учётная запись на\u{A0}Госуслугах. Подтвердить её можно онлайн через банк, в\u{A0}МФЦ, на\u{A0}почте или электронной подписью.</li>
        <li>Подросткам 14–17\u{A0}лет нужна своя подтверждённая учётная запись, связанная с\u{A0}учётной записью родителя.</li>
        <li>Детям до\u{A0}14\u{A0}лет учётную запись создаёт родитель в\u{A0}своём профиле, в\u{A0}разделе «Семья и\u{A0}дети».</li>
        </ul>

        """
        var shell = PageShell(
            title: "Электронный дневник школы: выберите регион",
            description: "Какой электронный дневник у школ вашего региона и как в него войти: Дневник.ру через Госуслуги и другие системы, для родителей, учеников и школ.",
            path: "/", region: nil, main: main)
        if site.theme.has("js/regions.js") { shell.scripts = [site.theme.url("js/regions.js")] }
        return shell.render(site: site)
    }

    /// «регионах» after a number in the prepositional case («в 13 регионах», «в 1 регионе»).
    static func regionsWord(_ count: Int) -> String {
        count % 10 == 1 && count % 100 != 11 ? "регионе" : "регионах"
    }
}
