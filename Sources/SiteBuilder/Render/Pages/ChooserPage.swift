/// `/`: every region by name, as a plain list that a small script can filter as one types.
struct ChooserPage {
    let site: SiteModel

    func render() -> String {
        var main = """
        <h1>Вход в\u{A0}Дневник.ру через Госуслуги</h1>
        <p class="lead">Выберите свой регион: для каждого свои адрес входа, контакты и\u{A0}правила.</p>
        <p><label for="region-filter">Найти регион</label><br>
        <input id="region-filter" type="search" autocomplete="off" placeholder="Например, Омская" data-filter="regions"></p>
        <ul class="regions" id="regions">

        """
        for region in site.regions {
            main += "<li><a href=\"\(SiteModel.regionPath(region.code))\">\(escapeHTML(region.name))</a> <span class=\"meta\">\(region.code)</span></li>\n"
        }
        main += "</ul>\n"
        main += """
        <h2>Что одинаково во\u{A0}всех регионах</h2>
        <ul>
        <li>С\u{A0}1\u{A0}сентября 2024\u{A0}года в\u{A0}Дневник.ру входят только через Госуслуги: кнопка «Войти через Госуслуги» есть на\u{A0}сайте и\u{A0}в\u{A0}приложении.</li>
        <li>Взрослым (с\u{A0}18\u{A0}лет) нужна подтверждённая учётная запись на\u{A0}Госуслугах. Подтвердить её можно онлайн через банк, в\u{A0}МФЦ, на\u{A0}почте или электронной подписью.</li>
        <li>Подросткам 14–17\u{A0}лет нужна своя подтверждённая учётная запись, связанная с\u{A0}учётной записью родителя.</li>
        <li>Детям до\u{A0}14\u{A0}лет учётную запись создаёт родитель в\u{A0}своём профиле, в\u{A0}разделе «Семья и\u{A0}дети».</li>
        <li>Дневник.ру находит человека по\u{A0}ФИО и\u{A0}СНИЛС (с\u{A0}14\u{A0}лет) или по\u{A0}ФИО и\u{A0}дате рождения (до\u{A0}14\u{A0}лет). Данные в\u{A0}Дневник.ру исправляет только администратор в\u{A0}школе.</li>
        </ul>

        """
        var shell = PageShell(
            title: "Вход в Дневник.ру через Госуслуги: выберите регион",
            description: "Пошаговая помощь со входом в электронный дневник Дневник.ру через Госуслуги для родителей, учеников и школ каждого региона.",
            path: "/", region: nil, main: main)
        if site.theme.has("js/regions.js") { shell.scripts = ["/js/regions.js"] }
        return shell.render(site: site)
    }
}
