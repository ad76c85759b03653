import KnowledgeBase

/// What the interview says about the caller's region before it asks anything: in a region
/// whose schools do not use Dnevnik.ru there is nothing to diagnose, and in a region where only
/// single schools use it, the interview is for those schools.
extension DiagnosisReport {
    /// `{"status":"not-applicable","region":{"code":…,"name":…,"system":…,"url":…}}`; `url`
    /// is `null` when no source gives the system an address.
    public static func jsonNotApplicable(_ region: Region) -> String {
        let url = region.systemURL ?? region.systemLoginURL
        return JSONText.render(.object([
            ("status", .string("not-applicable")),
            ("region", .object([
                ("code", .string(region.code)),
                ("name", .string(region.name)),
                ("system", .string(region.system ?? "")),
                ("url", url.map { .string($0) } ?? .null),
            ])),
        ]))
    }

    /// The same in words, for the operator: the region's system, its address, how people sign
    /// in, and where to ask.
    public static func notApplicableText(_ region: Region) -> String {
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
    public static func partlyNotice(_ region: Region) -> String {
        let place = region.nameIn ?? region.name
        var text = "Это интервью — для школ, которые работают в Дневник.ру: \(place) таких немного, "
        text += "а электронный дневник региона — \(region.system ?? "другая система")"
        if let url = region.systemURL { text += " (\(url))" }
        return text + ".\n"
    }

    private static func whereToAsk(_ region: Region) -> String {
        if let hotline = region.hotline {
            return "Горячая линия: \(hotline)" + (region.hotlineHours.map { ", \($0)" } ?? "")
        }
        return "Куда обращаться: \(region.support ?? "в свою школу, к классному руководителю")"
    }
}
