/// The fewest questions that could settle one combination of answers: the smallest set of
/// facts whose values, with what they imply, decide every cause (rule it out, or show it
/// certain or possible). Someone who knew the answers in advance could ask no fewer; no
/// interview can do better on that combination.
///
/// Found by search. With the symptom asked, the causes it leaves split into groups that share
/// no fact, and each group's smallest deciding set is found by trying every subset of its
/// facts, smallest first (memoised: a group has at most a few thousand answer patterns).
/// Without the symptom, every cause must be ruled out by a condition that fails: a hitting
/// set, searched depth-first below the first bound.
final class LowerBound {
    private struct Key: Hashable {
        var state: PackedState
        var causes: UInt32
    }

    private let contract: CompiledContract
    private var memo: [Key: Int] = [:]
    private var showingMemo: [Key: Int] = [:]

    init(contract: CompiledContract) {
        self.contract = contract
    }

    /// The bound for a complete, consistent `assignment` (answer number by fact).
    ///
    /// With `until: .firstFix` an interview may also end once some cause is certain, so the
    /// bound is the smaller of the above and the fewest facts that show one of the causes
    /// that apply certain (its facts, or facts that imply them, the symptom included).
    func questions(for assignment: [Int], until: Until = .all) -> Int {
        let withSymptom = 1 + groups(for: assignment).reduce(0) { $0 + smallestDecidingSet($1, assignment) }
        var bound = min(withSymptom, withoutSymptom(assignment, below: withSymptom))
        if until == .firstFix {
            for index in contract.causes.indices where isCertain(contract.causes[index], assignment) {
                bound = min(bound, smallestShowingSet(index, assignment))
            }
        }
        return bound
    }

    // MARK: Showing one cause certain

    private func isCertain(_ cause: CompiledContract.Cause, _ assignment: [Int]) -> Bool {
        if let included = cause.symptomIncluded, !included[assignment[contract.symptom]] { return false }
        return cause.conditions.allSatisfy { condition in
            let answer = assignment[condition.fact]
            return answer != contract.facts[condition.fact].unknownAnswer && condition.holds[answer]
        }
    }

    /// The fewest facts whose values, with what they imply, reveal every fact of the cause.
    private func smallestShowingSet(_ index: Int, _ assignment: [Int]) -> Int {
        let cause = contract.causes[index]
        let candidatesMask = reach(cause.support)
        var state = PackedState()
        for fact in contract.facts.indices { state[fact] = assignment[fact] }
        let key = Key(state: state.masked(by: PackedState.mask(for: candidatesMask)), causes: UInt32(1) << UInt32(index))
        if let known = showingMemo[key] { return known }
        var candidates: [UInt32] = []
        var rest = candidatesMask
        while rest != 0 {
            candidates.append(UInt32(1) << UInt32(rest.trailingZeroBitCount))
            rest &= rest - 1
        }
        var result = candidates.count
        search: for size in 1...max(1, candidates.count) {
            for subset in Self.subsets(of: candidates.count, size: size) {
                var chosen: UInt32 = 0
                for (position, bit) in candidates.enumerated() where subset & (1 << UInt32(position)) != 0 { chosen |= bit }
                if closure(chosen, assignment) & cause.support == cause.support {
                    result = size
                    break search
                }
            }
        }
        showingMemo[key] = result
        return result
    }

    // MARK: With the symptom

    private struct Group {
        var causes: UInt32
        var facts: UInt32
    }

    /// The causes the symptom leaves, joined when they share a fact (or facts tied by an
    /// implication).
    private func groups(for assignment: [Int]) -> [Group] {
        let symptomBit = UInt32(1) << UInt32(contract.symptom)
        var groups: [Group] = []
        for (index, cause) in contract.causes.enumerated() {
            if let included = cause.symptomIncluded, !included[assignment[contract.symptom]] { continue }
            let facts = reach(cause.support & ~symptomBit) & ~symptomBit
            if facts == 0 { continue }
            groups.append(Group(causes: 1 << UInt32(index), facts: facts))
        }
        groups = OverlapGroups.merged(groups, key: \.facts) { joined, other in
            joined.causes |= other.causes
            joined.facts |= other.facts
        }
        return groups
    }

    private func smallestDecidingSet(_ group: Group, _ assignment: [Int]) -> Int {
        var state = PackedState()
        for fact in contract.facts.indices { state[fact] = assignment[fact] }
        let symptomBit = UInt32(1) << UInt32(contract.symptom)
        let key = Key(state: state.masked(by: PackedState.mask(for: group.facts | symptomBit)), causes: group.causes)
        if let known = memo[key] { return known }

        var candidates: [UInt32] = []
        var rest = group.facts
        while rest != 0 {
            candidates.append(UInt32(1) << UInt32(rest.trailingZeroBitCount))
            rest &= rest - 1
        }
        var result = candidates.count
        search: for size in 0...candidates.count {
            for subset in Self.subsets(of: candidates.count, size: size) {
                var chosen = symptomBit
                for (position, bit) in candidates.enumerated() where subset & (1 << UInt32(position)) != 0 {
                    chosen |= bit
                }
                if decidesAll(group.causes, revealed: closure(chosen, assignment), assignment) {
                    result = size
                    break search
                }
            }
        }
        memo[key] = result
        return result
    }

    /// Every `size`-element subset of `count` positions, as bit sets (Gosper's hack).
    static func subsets(of count: Int, size: Int) -> [UInt32] {
        if size == 0 { return [0] }
        var result: [UInt32] = []
        var subset = (UInt32(1) << UInt32(size)) - 1
        let limit = UInt32(1) << UInt32(count)
        while subset < limit {
            result.append(subset)
            let lowest = subset & (~subset &+ 1)
            let ripple = subset &+ lowest
            subset = (((ripple ^ subset) >> 2) / lowest) | ripple
        }
        return result
    }

    // MARK: Without the symptom

    /// The smallest set that rules out every cause by a failing condition, if one smaller
    /// than `bound` exists; else `bound`.
    private func withoutSymptom(_ assignment: [Int], below bound: Int) -> Int {
        var hitters: [UInt32] = []
        for cause in contract.causes {
            var hit: UInt32 = 0
            for fact in contract.facts.indices where fact != contract.symptom {
                if closure(1 << UInt32(fact), assignment) & falsifiers(of: cause, assignment) != 0 {
                    hit |= 1 << UInt32(fact)
                }
            }
            if hit == 0 { return bound }
            hitters.append(hit)
        }
        var best = bound
        hittingSet(hitters, chosen: 0, size: 0, best: &best)
        return best
    }

    private func hittingSet(_ hitters: [UInt32], chosen: UInt32, size: Int, best: inout Int) {
        guard size < best else { return }
        var smallest: UInt32?
        for hit in hitters where hit & chosen == 0 {
            if smallest.map({ hit.nonzeroBitCount < $0.nonzeroBitCount }) ?? true { smallest = hit }
        }
        guard let branch = smallest else {
            best = size
            return
        }
        guard size + 1 < best else { return }
        var rest = branch
        while rest != 0 {
            let bit = UInt32(1) << UInt32(rest.trailingZeroBitCount)
            rest &= rest - 1
            hittingSet(hitters, chosen: chosen | bit, size: size + 1, best: &best)
        }
    }

    // MARK: Deciding

    private func decidesAll(_ causes: UInt32, revealed: UInt32, _ assignment: [Int]) -> Bool {
        var rest = causes
        while rest != 0 {
            let cause = contract.causes[rest.trailingZeroBitCount]
            rest &= rest - 1
            let decided = revealed & falsifiers(of: cause, assignment) != 0 || cause.support & ~revealed == 0
            if !decided { return false }
        }
        return true
    }

    /// The facts whose values in `assignment` rule `cause` out.
    private func falsifiers(of cause: CompiledContract.Cause, _ assignment: [Int]) -> UInt32 {
        var result: UInt32 = 0
        if let included = cause.symptomIncluded, !included[assignment[contract.symptom]] {
            result |= 1 << UInt32(contract.symptom)
        }
        for condition in cause.conditions {
            let answer = assignment[condition.fact]
            if answer != contract.facts[condition.fact].unknownAnswer, !condition.holds[answer] {
                result |= 1 << UInt32(condition.fact)
            }
        }
        return result
    }

    /// `facts` with every fact their values imply in `assignment`.
    private func closure(_ facts: UInt32, _ assignment: [Int]) -> UInt32 {
        var revealed = facts
        var changed = true
        while changed {
            changed = false
            for implication in contract.implications {
                let source = implication.condition.fact
                guard revealed & (1 << UInt32(source)) != 0, revealed & (1 << UInt32(implication.fact)) == 0 else { continue }
                let answer = assignment[source]
                if answer != contract.facts[source].unknownAnswer, implication.condition.holds[answer] {
                    revealed |= 1 << UInt32(implication.fact)
                    changed = true
                }
            }
        }
        return revealed
    }

    private func reach(_ facts: UInt32) -> UInt32 {
        var reach = facts
        var rest = facts
        while rest != 0 {
            reach |= contract.group[rest.trailingZeroBitCount]
            rest &= rest - 1
        }
        return reach
    }
}
