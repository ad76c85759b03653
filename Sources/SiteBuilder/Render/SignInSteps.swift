import KnowledgeBase

/// The steps of signing in to Dnevnik.ru through Gosuslugi (``RegionProfile/signInSteps``), as
/// the region home and the printed leaflet show them: the region's login page (linked on a
/// screen, written out on paper), the button, the consent screen.
enum SignInSteps {
    /// `<li>` items; `address` turns the login URL into what the page shows.
    static func items(_ region: RegionProfile, address: (String) -> String) -> String {
        region.signInSteps.map { step in "<li>" + text(step, address: address) + "</li>\n" }.joined()
    }

    private static func text(_ step: RegionProfile.SignInStep, address: (String) -> String) -> String {
        switch step {
        case .openLoginPage(let url):
            return "Откройте страницу входа \(address(url)) или приложение «Дневник.ру»."
        case .openDnevnikAndChooseRegion:
            return "Откройте сайт dnevnik.ru или приложение «Дневник.ру» и\u{A0}выберите свой регион."
        case .pressGosuslugiButton:
            return "Нажмите «Войти через Госуслуги» и\u{A0}войдите в\u{A0}свою учётную запись."
        case .grantAccess:
            return "При первом входе нажмите «Предоставить», чтобы Дневник.ру получил ваши ФИО и\u{A0}СНИЛС."
        }
    }
}
