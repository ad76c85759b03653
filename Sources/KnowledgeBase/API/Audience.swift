/// Who an article is written for (`audience:` in an article's front matter).
public enum Audience: String, CaseIterable, Comparable, Sendable {
    case parent
    case studentUnder14 = "student-under-14"
    case student14To17 = "student-14-17"
    case student18Plus = "student-18-plus"
    case schoolStaff = "school-staff"
    case `operator`

    public static func < (lhs: Audience, rhs: Audience) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
