/// Joins causes into groups that share facts: the planner's independent components and the
/// lower bound's groups are both made this way.
enum OverlapGroups {
    /// `elements` with every two whose `key` bit sets overlap merged, transitively, until no
    /// two groups share a bit. Merging is a union, so the result does not depend on order.
    static func merged<Element>(
        _ elements: [Element], key: (Element) -> UInt32, merge: (inout Element, Element) -> Void
    ) -> [Element] {
        var groups: [Element] = []
        for element in elements {
            var joined = element
            groups.removeAll { other in
                guard key(other) & key(joined) != 0 else { return false }
                merge(&joined, other)
                return true
            }
            groups.append(joined)
        }
        // Merging one at a time can leave two groups that a later element joined; repeat.
        var changed = true
        while changed {
            changed = false
            outer: for i in groups.indices {
                for j in groups.indices where j > i && key(groups[i]) & key(groups[j]) != 0 {
                    let other = groups.remove(at: j)
                    merge(&groups[i], other)
                    changed = true
                    break outer
                }
            }
        }
        return groups
    }
}
