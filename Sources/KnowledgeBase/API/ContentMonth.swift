/// A calendar month written `YYYY-MM`: when a region's facts were last confirmed
/// (`confirmed:`), which the sources give to the month, not the day.
public struct ContentMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month `date` falls in.
    public init(_ date: ContentDate) {
        self.init(year: date.year, month: date.month)
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    public func months(until later: ContentMonth) -> Int {
        (later.year * 12 + later.month) - (year * 12 + month)
    }

    public static func < (lhs: ContentMonth, rhs: ContentMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// `YYYY-MM`.
    public var description: String {
        let digits = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return paddedYear + (month < 10 ? "-0\(month)" : "-\(month)")
    }
}
