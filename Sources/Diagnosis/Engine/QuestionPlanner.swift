import Foundation

/// Chooses the next question so that the interview asks as few questions as possible on
/// average over every combination of answers, each combination counting once, or, with
/// ``AnswerWeights``, as likely as the hotline's calls make it.
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

    private let contract: CompiledContract
    private let memo = PlanMemo<Plan>()
    /// Tolerance when comparing expected counts, so that rounding never decides a tie.
    private static let tolerance = 1e-9

    init(contract: CompiledContract) {
        self.contract = contract
    }

    /// The plan for every open cause under `state` (the symptom must be known).
    func plan(_ state: PackedState) -> Plan {
        plan(state, causes: contract.allCauses)
    }

    /// The plan for the causes in the bit set `causes`.
    private func plan(_ state: PackedState, causes: UInt32) -> Plan {
        let components = contract.openComponents(state, causes: causes)
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
        let key = PlanMemo<Plan>.Key(state: state.masked(by: contract.relevantMask(component.causes)), causes: component.causes)
        if let known = memo[key] { return known }
        let result = best(state, component: component)
        memo[key] = result
        return result
    }

    private func best(_ state: PackedState, component: CompiledContract.Component) -> Plan {
        var best: Plan?
        var rest = component.pending
        while rest != 0 {
            let fact = rest.trailingZeroBitCount
            rest &= rest - 1
            var expected = 1.0
            var worst = 0
            for (share, next) in contract.branches(of: fact, in: state) {
                let child = plan(next, causes: component.causes)
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
}
