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

    /// The same in words, for the operator (``InterviewNotice/notApplicable(_:)``).
    public static func notApplicableText(_ region: RegionProfile) -> String {
        InterviewNotice.notApplicable(region)
    }

    /// The first line of the interview in a region where only single schools use Dnevnik.ru.
    public static func partlyNotice(_ region: RegionProfile) -> String {
        InterviewNotice.partly(region)
    }
}
