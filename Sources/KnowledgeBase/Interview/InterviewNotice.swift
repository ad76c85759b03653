/// What the operator's interview says about the caller's region before it asks anything, in
/// the terminal (`spravka diagnose --region`) and in the operators' console alike: in a region
/// whose schools do not use Dnevnik.ru there is nothing to diagnose, and in a region where only
/// single schools use it, the interview is for those schools. Laid out from the region's
/// ``RegionProfile``, like the site's pages, so that whom to ask is worded once.
public enum InterviewNotice {
    /// The region's system, its address, how people sign in, and where to ask, one fact a line.
    public static func notApplicable(_ region: RegionProfile) -> String {
        var text = "Школы \(region.place) не работают в Дневник.ру: вопросы о входе в Дневник.ру здесь не помогут.\n"
        text += "Электронный дневник региона: \(region.system.name ?? region.system.shortName)\n"
        if let url = region.system.address { text += "Адрес: \(url)\n" }
        if let login = region.system.loginPage, login != region.system.address { text += "Страница входа: \(login)\n" }
        if let signIn = region.system.signIn { text += "Как входят: \(signIn)\n" }
        text += region.contact.whereToAsk + "\n"
        if let caveat = region.caveat { text += "Уточните: \(caveat)\n" }
        return text
    }

    /// The first line of the interview in a region where only single schools use Dnevnik.ru.
    public static func partly(_ region: RegionProfile) -> String {
        var text = "Это интервью — для школ, которые работают в Дневник.ру: \(region.place) таких немного, "
        text += "а электронный дневник региона — \(region.system.name ?? region.system.shortName)"
        if let url = region.system.address { text += " (\(url))" }
        return text + ".\n"
    }
}
