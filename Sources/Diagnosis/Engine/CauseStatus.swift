/// Where a cause stands given the answers so far.
enum CauseStatus: Equatable, Sendable {
    /// The symptom is not one it explains, or a condition is known to fail.
    case ruledOut
    /// The symptom is one it explains and every condition is known to hold.
    case certain
    /// Every condition fact is answered and none fails, but some are `unknown`.
    case possible
    /// Some fact it depends on is not answered yet, and nothing rules it out.
    case open
}

extension CompiledContract {
    /// The status of `cause` under `state`.
    func status(of cause: Cause, in state: PackedState) -> CauseStatus {
        var pending = false
        var unknown = false
        if let included = cause.symptomIncluded {
            if let symptom = state[symptom] {
                // An `unknown` symptom counts like `other`: included, not uncertain.
                if !included[symptom] { return .ruledOut }
            } else {
                pending = true
            }
        }
        for condition in cause.conditions {
            guard let answer = state[condition.fact] else {
                pending = true
                continue
            }
            if answer == facts[condition.fact].unknownAnswer {
                unknown = true
            } else if !condition.holds[answer] {
                return .ruledOut
            }
        }
        if pending { return .open }
        return unknown ? .possible : .certain
    }

    /// The facts `cause` still waits for under `state`, as a bit set.
    func pendingFacts(of cause: Cause, in state: PackedState) -> UInt32 {
        var pending: UInt32 = 0
        var rest = cause.support
        while rest != 0 {
            let fact = rest.trailingZeroBitCount
            rest &= rest - 1
            if state[fact] == nil { pending |= 1 << UInt32(fact) }
        }
        return pending
    }

    /// The status of the fallback, which depends on the other causes only: ruled out once any
    /// is certain, open while any is open, possible while any is possible, else certain.
    func fallbackStatus(in state: PackedState) -> CauseStatus {
        var anyOpen = false
        var anyPossible = false
        for cause in causes {
            switch status(of: cause, in: state) {
            case .certain: return .ruledOut
            case .open: anyOpen = true
            case .possible: anyPossible = true
            case .ruledOut: break
            }
        }
        if anyOpen { return .open }
        return anyPossible ? .possible : .certain
    }

    /// Whether no cause is open: the result can no longer change.
    func isSettled(_ state: PackedState) -> Bool {
        causes.allSatisfy { status(of: $0, in: state) != .open }
    }

    /// `state` with `answer` for `fact` and every implication that follows, or `nil` when an
    /// implication contradicts a known answer (`who = parent` after `age = 14-17`). An
    /// implied value replaces an `unknown` answer: it is knowledge the caller did not have.
    func applying(_ answer: Int, to fact: Int, in state: PackedState) -> PackedState? {
        var state = state
        state[fact] = answer
        return closed(state)
    }

    /// `state` with every implication applied, or `nil` on a contradiction.
    func closed(_ state: PackedState) -> PackedState? {
        if case .closed(let state) = close(state) { return state }
        return nil
    }

    /// The result of applying every implication to a state.
    enum Closure {
        case closed(PackedState)
        /// `implication` fires but its fact already has another known answer in `state`.
        case conflict(Implication, PackedState)
    }

    /// Applies implications until nothing changes (chains included).
    func close(_ state: PackedState) -> Closure {
        var state = state
        var changed = true
        while changed {
            changed = false
            for implication in implications {
                let conditionFact = implication.condition.fact
                guard let value = state[conditionFact], value != facts[conditionFact].unknownAnswer,
                      implication.condition.holds[value]
                else { continue }
                switch state[implication.fact] {
                case implication.answer?:
                    continue
                case let current? where current != facts[implication.fact].unknownAnswer:
                    return .conflict(implication, state)
                default:
                    state[implication.fact] = implication.answer
                    changed = true
                }
            }
        }
        return .closed(state)
    }

    /// The facts whose answers follow from other answers in `state` by an implication.
    func impliedFacts(in state: PackedState) -> UInt32 {
        var implied: UInt32 = 0
        for implication in implications {
            let conditionFact = implication.condition.fact
            if let value = state[conditionFact], value != facts[conditionFact].unknownAnswer,
               implication.condition.holds[value] {
                implied |= 1 << UInt32(implication.fact)
            }
        }
        return implied
    }

    /// What asking `fact` in `state` can lead to: each possible answer's share (by the answer
    /// weights; all alike when none applies) and the state it gives, in answer order. Both
    /// planners weigh a question over exactly these branches.
    func branches(of fact: Int, in state: PackedState) -> [(share: Double, next: PackedState)] {
        let weights = answerWeights(of: fact, in: state)
        let total = weights.reduce(0, +)
        var branches: [(share: Double, next: PackedState)] = []
        for (answer, weight) in weights.enumerated() where weight > 0 || total == 0 {
            guard let next = applying(answer, to: fact, in: state) else { continue }
            branches.append((total == 0 ? 1.0 / Double(weights.count) : weight / total, next))
        }
        return branches
    }

    /// How much the consistent assignments of `fact`'s group that agree with `state` weigh,
    /// by answer of `fact`: without ``AnswerWeights``, how many there are (every combination
    /// of answers counts once); with them, how likely each answer is.
    func answerWeights(of fact: Int, in state: PackedState) -> [Double] {
        var weights = Array(repeating: 0.0, count: facts[fact].answers.count)
        let members = group[fact]
        assignments: for assignment in groupAssignments[fact] {
            var rest = members
            while rest != 0 {
                let member = rest.trailingZeroBitCount
                rest &= rest - 1
                if let known = state[member], known != assignment[member] { continue assignments }
            }
            weights[assignment[fact]] += assignment.weight
        }
        return weights
    }
}
