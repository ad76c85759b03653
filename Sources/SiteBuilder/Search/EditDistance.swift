/// Optimal-string-alignment distance (Levenshtein plus swaps of adjacent letters), for the
/// search's tolerance of one typo.
enum EditDistance {
    /// Whether `a` and `b` are at most one edit apart. With `prefixOfB`, `b` may also have any
    /// tail after the part that matches: the distance is to the nearest prefix of `b`.
    static func isWithinOne(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], prefixOfB: Bool) -> Bool {
        let m = a.count, n = b.count
        if !prefixOfB, abs(m - n) > 1 { return false }
        guard m > 0 else { return prefixOfB || n <= 1 }
        // rows[i][j]: distance between a[..<i] and b[..<j].
        var previous2 = [Int](repeating: 0, count: n + 1)
        var previous = Array(0...n)
        var current = [Int](repeating: 0, count: n + 1)
        for i in 1...m {
            current[0] = i
            for j in 1..<(n + 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, previous2[j - 2] + 1) }
                current[j] = d
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        // After the loop `previous` holds the last row (a[..<m]).
        return prefixOfB ? (previous.min() ?? 0) <= 1 : previous[n] <= 1
    }
}
