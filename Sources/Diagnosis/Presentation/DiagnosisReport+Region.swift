import KnowledgeBase

/// What the interview says about the caller's region before it asks anything: in a region
/// whose schools do not use Dnevnik.ru there is nothing to diagnose, and in a region where only
/// single schools use it, the interview is for those schools.
extension DiagnosisReport {
    /// `{"status":"not-applicable","region":{"code":…,"name":…,"system":…,"url":…}}`; `url`
    /// is `null` when no source gives the system an address.
    public static func jsonNotApplicable(_ region: RegionProfile) -> String {
        let url = region.system.address ?? region.system.loginPage
        return JSONText.render(.object([
            ("status", .string("not-applicable")),
            ("region", .object([
                ("code", .string(region.code)),
                ("name", .string(region.name)),
                ("system", .string(region.system.name ?? region.system.shortName)),
                ("url", url.map { .string($0) } ?? .null),
            ])),
        ]))
    }

    /// The same in words, for the operator: the region's system, its address, how people sign
    /// in, and where to ask.
    public static func notApplicableText(_ region: RegionProfile) -> String {
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
    public static func partlyNotice(_ region: RegionProfile) -> String {
        var text = "Это интервью — для школ, которые работают в Дневник.ру: \(region.place) таких немного, "
        text += "а электронный дневник региона — \(region.system.name ?? region.system.shortName)"
        if let url = region.system.address { text += " (\(url))" }
        return text + ".\n"
    }
}
