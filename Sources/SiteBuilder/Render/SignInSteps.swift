import KnowledgeBase

/// The three steps of signing in to Dnevnik.ru through Gosuslugi, as the region home and the
/// printed leaflet show them: the region's login page (linked on a screen, written out on
/// paper), the button, the consent screen.
enum SignInSteps {
    /// `<li>` items; `address` turns the login URL into what the page shows.
    static func items(_ region: Region, address: (String) -> String) -> String {
        var html = ""
        if let login = region.loginURL {
            html += "<li>Откройте страницу входа \(address(login)) или приложение «Дневник.ру».</li>\n"
        } else {
            html += "<li>Откройте сайт dnevnik.ru или приложение «Дневник.ру» и\u{A0}выберите свой регион.</li>\n"
        }
        html += "<li>Нажмите «Войти через Госуслуги» и\u{A0}войдите в\u{A0}свою учётную запись.</li>\n"
        html += "<li>При первом входе нажмите «Предоставить», чтобы Дневник.ру получил ваши ФИО и\u{A0}СНИЛС.</li>\n"
        return html
    }
}
