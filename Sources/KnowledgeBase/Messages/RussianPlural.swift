/// Russian plural forms: 1 ошибка, 2 ошибки, 5 ошибок; 21 ошибка, 11 ошибок.
public enum RussianPlural {
    /// The form of a noun for `count`: `one` (1, 21, 101), `few` (2–4, 22–24) or `many`
    /// (0, 5–20, 25–30, 111–114).
    public static func form(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        let lastTwo = abs(count) % 100
        let last = abs(count) % 10
        if (11...14).contains(lastTwo) { return many }
        if last == 1 { return one }
        if (2...4).contains(last) { return few }
        return many
    }

    /// The number and the noun: "1 ошибка", "5 ошибок".
    public static func count(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        "\(count) \(form(count, one, few, many))"
    }

    /// The last line of `check` and of a failed build: "2 ошибки, 1 предупреждение".
    public static func findings(errors: Int, warnings: Int) -> String {
        "\(Self.count(errors, "ошибка", "ошибки", "ошибок")), \(Self.count(warnings, "предупреждение", "предупреждения", "предупреждений"))"
    }
}
