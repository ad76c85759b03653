import Foundation

/// Chooses the next question for `--until first-fix`: the interview ends as soon as some
/// cause is certain (or nothing is open any more), so the planner heads for a certain cause.
///
/// As in ``QuestionPlanner``, the open causes fall apart into components that share no
/// pending fact, and each component is solved apart by dynamic programming over its answers,
/// memoised on the answers that matter to it. For a component the programme finds
///
/// - `F`, the expected number of questions until one of its causes is certain or none of them
///   is open, choosing at each state the question that makes `F` least;
/// - `P`, the chance that it ends with a certain cause. `P` does not depend on the order of
///   the questions: a cause whose conditions all hold cannot be ruled out, so the component
///   cannot settle before it is certain.
///
/// Taken one after another, components cost `F₁ + (1 − P₁)·F₂ + (1 − P₁)(1 − P₂)·F₃ + …`
/// (the interview stops at the first certain cause), which is least when they come in
/// decreasing order of `P / F` (exchange two neighbours to see it). The plan asks the first
/// component's best question; after the answer the order is made again, which can only
/// shorten the interview, so the expected count is an upper bound of its mean. Over every
/// combination of answers of the standard contract this policy asks exactly as few questions
/// on average as a search over every order of questions (`scripts/bench-diagnosis.sh`).
///
/// Ties — equal `F` within a component, equal `P / F` between components — go to the earlier
/// fact in the contract's order. `site/js/engine.js` repeats every step, in the same order
/// of floating-point operations, so that both give the same plan.
final class FirstFixPlanner: @unchecked Sendable {
    /// The next question and what the rest of the interview is expected to cost.
    struct Plan: Sendable {
        /// Expected number of questions still to ask (an upper bound of the mean).
        var expected: Double
        /// The fact to ask next; `nil` when the interview is over.
        var question: Int?
    }

    /// One component's value: ``FirstFixPlanner`` explains `F` and `P`.
    private struct Value: Sendable {
        var cost: Double
        var success: Double
        var question: Int
    }

    private let contract: CompiledContract
    private let memo = PlanMemo<Value>()
    static let tolerance = 1e-9

    init(contract: CompiledContract) {
        self.contract = contract
    }

    /// The plan for `state` (the symptom must be known).
    func plan(_ state: PackedState) -> Plan {
        let all = contract.allCauses
        if contract.anyCertain(state, causes: all) { return Plan(expected: 0, question: nil) }
        let components = contract.openComponents(state, causes: all)
        if components.isEmpty { return Plan(expected: 0, question: nil) }
        let ordered = order(state, components)
        return Plan(expected: combined(ordered).cost, question: ordered[0].value.question)
    }

    /// `components` with their values, in the order to work on them: larger `P / F` first,
    /// ties in the given order (earliest pending fact first). Insertion sort, as engine.js.
    private func order(_ state: PackedState, _ components: [CompiledContract.Component]) -> [(component: CompiledContract.Component, value: Value)] {
        var ordered: [(component: CompiledContract.Component, value: Value)] = []
        for component in components {
            let entry = (component: component, value: value(state, component))
            var position = ordered.count
            while position > 0, Self.precedes(entry.value, ordered[position - 1].value) { position -= 1 }
            ordered.insert(entry, at: position)
        }
        return ordered
    }

    /// Whether `a` has the larger `P / F` by more than rounding.
    private static func precedes(_ a: Value, _ b: Value) -> Bool {
        let left = a.success * b.cost
        let right = b.success * a.cost
        return left - right > tolerance
    }

    /// `F₁ + (1 − P₁)·F₂ + …` in the given order, and the chance that any ends with a
    /// certain cause, `1 − (1 − P₁)(1 − P₂)…`.
    private func combined(_ ordered: [(component: CompiledContract.Component, value: Value)]) -> (cost: Double, success: Double) {
        var cost = 0.0
        var noneYet = 1.0
        for entry in ordered {
            cost += noneYet * entry.value.cost
            noneYet *= 1 - entry.value.success
        }
        return (cost, 1 - noneYet)
    }

    /// `F` and `P` of what `state` leaves of `causes`.
    private func combined(_ state: PackedState, causes: UInt32) -> (cost: Double, success: Double) {
        if contract.anyCertain(state, causes: causes) { return (0, 1) }
        let components = contract.openComponents(state, causes: causes)
        if components.isEmpty { return (0, 0) }
        return combined(order(state, components))
    }

    private func value(_ state: PackedState, _ component: CompiledContract.Component) -> Value {
        let key = PlanMemo<Value>.Key(state: state.masked(by: contract.relevantMask(component.causes)), causes: component.causes)
        if let known = memo[key] { return known }
        var best: Value?
        var rest = component.pending
        while rest != 0 {
            let fact = rest.trailingZeroBitCount
            rest &= rest - 1
            var cost = 1.0
            var success = 0.0
            for (share, next) in contract.branches(of: fact, in: state) {
                let child = combined(next, causes: component.causes)
                cost += share * child.cost
                success += share * child.success
            }
            if let current = best, !(cost < current.cost - Self.tolerance) { continue }
            best = Value(cost: cost, success: success, question: fact)
        }
        // An open component always has a pending fact.
        let result = best ?? Value(cost: 0, success: 0, question: component.pending.trailingZeroBitCount)
        memo[key] = result
        return result
    }
}
