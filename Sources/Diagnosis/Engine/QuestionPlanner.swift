import Foundation

/// Chooses the next question so that the interview asks as few questions as possible on
/// average over every combination of answers, each combination counting once.
///
/// After the symptom (asked first: no cause can be certain or possible without it, and it
/// rules most causes out at once), the open causes fall apart into independent groups that
/// share no pending fact (`dnevnik-no-profile` needs only `dnevnik_profile`; the account,
/// age and SNILS causes form one group). Each group's best order is found exactly by
/// dynamic programming over the answers: the expected number of questions of a state is one
/// plus the weighted mean over the answers of the best question. The groups add up, so the
/// whole is optimal too. Ties are broken by the smaller worst case, then by the contract's
/// order of facts, so the interview is deterministic and asks in a natural order.
///
/// States are memoised on the answers that matter to the group, which keeps the work small
/// (a few thousand states for the standard contract) and shared between interviews.
final class QuestionPlanner: @unchecked Sendable {
    /// The best question for a state and what it costs.
    struct Plan: Sendable {
        /// Expected number of questions still to ask.
        var expected: Double
        /// Most questions still to ask, over every combination of answers.
        var worst: Int
        /// The fact to ask next; `nil` when nothing is left to ask.
        var question: Int?
    }

    private struct Key: Hashable {
        var state: PackedState
        var causes: UInt32
    }

    private let contract: CompiledContract
    private let lock = NSLock()
    private var memo: [Key: Plan] = [:]
    /// Tolerance when comparing expected counts, so that rounding never decides a tie.
    private static let tolerance = 1e-9

    init(contract: CompiledContract) {
        self.contract = contract
    }

    /// The plan for every open cause under `state` (the symptom must be known).
    func plan(_ state: PackedState) -> Plan {
        let all = contract.causes.indices.reduce(UInt32(0)) { $0 | 1 << UInt32($1) }
        return plan(state, causes: all)
    }

    /// The plan for the causes in the bit set `causes`.
    private func plan(_ state: PackedState, causes: UInt32) -> Plan {
        let components = openComponents(state, causes: causes)
        if components.isEmpty { return Plan(expected: 0, worst: 0, question: nil) }
        if components.count > 1 {
            // Independent groups: costs add; ask first in the group whose earliest pending
            // fact comes first in the contract.
            var total = Plan(expected: 0, worst: 0, question: nil)
            for component in components {
                let part = plan(state, causes: component.causes)
                total.expected += part.expected
                total.worst += part.worst
                if total.question == nil { total.question = part.question }
            }
            return total
        }
        let component = components[0]
        let key = Key(state: state.masked(by: relevantMask(component.causes)), causes: component.causes)
        if let known = lock.withLock({ memo[key] }) { return known }
        let result = best(state, component: component)
        lock.withLock { memo[key] = result }
        return result
    }

    private func best(_ state: PackedState, component: Component) -> Plan {
        var best: Plan?
        var rest = component.pending
        while rest != 0 {
            let fact = rest.trailingZeroBitCount
            rest &= rest - 1
            let weights = contract.answerWeights(of: fact, in: state)
            let total = weights.reduce(0, +)
            var expected = 1.0
            var worst = 0
            for (answer, weight) in weights.enumerated() where weight > 0 || total == 0 {
                guard let next = contract.applying(answer, to: fact, in: state) else { continue }
                let child = plan(next, causes: component.causes)
                let share = total == 0 ? 1.0 / Double(weights.count) : Double(weight) / Double(total)
                expected += share * child.expected
                worst = max(worst, child.worst)
            }
            let candidate = Plan(expected: expected, worst: worst + 1, question: fact)
            if let current = best {
                let better = candidate.expected < current.expected - Self.tolerance
                    || (abs(candidate.expected - current.expected) <= Self.tolerance && candidate.worst < current.worst)
                if better { best = candidate }
            } else {
                best = candidate
            }
        }
        return best ?? Plan(expected: 0, worst: 0, question: nil)
    }

    /// Open causes joined when they wait for a common fact or for facts tied by an
    /// implication; sorted by their earliest pending fact.
    private struct Component {
        var causes: UInt32
        var pending: UInt32
        /// `pending` with the implication groups of its facts.
        var reach: UInt32
    }

    private func openComponents(_ state: PackedState, causes: UInt32) -> [Component] {
        var components: [Component] = []
        var rest = causes
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            rest &= rest - 1
            let cause = contract.causes[index]
            guard contract.status(of: cause, in: state) == .open else { continue }
            let pending = contract.pendingFacts(of: cause, in: state)
            components.append(Component(causes: 1 << UInt32(index), pending: pending, reach: reach(of: pending)))
        }
        components = OverlapGroups.merged(components, key: \.reach) { joined, other in
            joined.causes |= other.causes
            joined.pending |= other.pending
            joined.reach |= other.reach
        }
        return components.sorted { $0.pending.trailingZeroBitCount < $1.pending.trailingZeroBitCount }
    }

    private func reach(of facts: UInt32) -> UInt32 {
        var reach = facts
        var rest = facts
        while rest != 0 {
            let fact = rest.trailingZeroBitCount
            rest &= rest - 1
            reach |= contract.group[fact]
        }
        return reach
    }

    /// The facts whose answers can change the plan for `causes`: what the causes depend on,
    /// with the facts tied to those by implications (they change the answers' weights).
    private func relevantMask(_ causes: UInt32) -> PackedState {
        var facts: UInt32 = 0
        var rest = causes
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            rest &= rest - 1
            facts |= contract.causes[index].support
        }
        return PackedState.mask(for: reach(of: facts))
    }
}
