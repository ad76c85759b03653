/// What the operator's interview says about the caller's region before it asks anything, in
/// the terminal (`spravka diagnose --region`) and in the operators' console alike: in a region
/// whose schools do not use Dnevnik.ru there is nothing to diagnose, and in a region where only
/// single schools use it, the interview is for those schools.
public enum InterviewNotice {
    /// The region's system, its address, how people sign in, and where to ask, one fact a line.
    public static func notApplicable(_ region: Region) -> String {
        let place = region.nameIn ?? region.name
        var text = "Школы \(place) не работают в Дневник.ру: вопросы о входе в Дневник.ру здесь не помогут.\n"
        text += "Электронный дневник региона: \(region.system ?? "нам неизвестен")\n"
        if let url = region.systemURL { text += "Адрес: \(url)\n" }
        if let login = region.systemLoginURL, login != region.systemURL { text += "Страница входа: \(login)\n" }
        if let signIn = region.signIn { text += "Как входят: \(signIn)\n" }
        text += whereToAsk(region) + "\n"
        if let caveat = region.caveat { text += "Уточните: \(caveat)\n" }
        return text
    }

    /// The first line of the interview in a region where only single schools use Dnevnik.ru.
    public static func partly(_ region: Region) -> String {
        let place = region.nameIn ?? region.name
        var text = "Это интервью — для школ, которые работают в Дневник.ру: \(place) таких немного, "
        text += "а электронный дневник региона — \(region.system ?? "другая система")"
        if let url = region.systemURL { text += " (\(url))" }
        return text + ".\n"
    }

    static func whereToAsk(_ region: Region) -> String {
        if let hotline = region.hotline {
            return "Горячая линия: \(hotline)" + (region.hotlineHours.map { ", \($0)" } ?? "")
        }
        return "Куда обращаться: \(region.support ?? "в свою школу, к классному руководителю")"
    }
}
