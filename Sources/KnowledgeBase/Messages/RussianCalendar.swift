/// Russian month names, as dates are said: «1 сентября», «в сентябре 2026 года». One list for
/// the checks' messages and the site.
public enum RussianCalendar {
    /// «января» … «декабря», after a day number.
    public static let genitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                  "сентября", "октября", "ноября", "декабря"]

    /// «январе» … «декабре», after «в».
    public static let prepositional = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                                       "сентябре", "октябре", "ноябре", "декабре"]

    /// «в сентябре 2026 года»; `space` goes where a line must not break (the site's no-break space).
    public static func said(_ month: ContentMonth, space: String = " ") -> String {
        let name = (1...12).contains(month.month) ? prepositional[month.month - 1] : "\(month.month)-м месяце"
        return "в\(space)\(name) \(month.year)\(space)года"
    }

    /// «1 декабря 2027 года».
    public static func said(_ date: ContentDate, space: String = " ") -> String {
        let name = (1...12).contains(date.month) ? genitive[date.month - 1] : "\(date.month)-го месяца"
        return "\(date.day)\(space)\(name) \(date.year)\(space)года"
    }
}
