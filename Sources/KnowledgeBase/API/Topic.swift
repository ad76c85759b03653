/// The section of the site an article belongs to (`topic:`), in the order the site lists them.
public enum Topic: String, CaseIterable, Comparable, Sendable {
    case gosuslugi, login, children, data, remedy, school, background, faq

    public static func < (lhs: Topic, rhs: Topic) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
