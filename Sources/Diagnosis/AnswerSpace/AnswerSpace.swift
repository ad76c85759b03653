/// Every complete combination of answers that agrees with the implications, each once: the
/// product over groups of facts tied by implications of their consistent assignments.
struct AnswerSpace {
    let contract: CompiledContract
    /// Answers every combination must have (a fixed symptom); facts left `nil` range freely.
    let fixed: PackedState

    /// Calls `body` with each combination, an answer number by fact, in a fixed order.
    func forEach(_ body: ([Int]) -> Void) {
        var seen: Set<UInt32> = []
        var groups: [[CompiledContract.Assignment]] = []
        var members: [UInt32] = []
        for fact in contract.facts.indices where seen.insert(contract.group[fact]).inserted {
            let group = contract.group[fact]
            let allowed = contract.groupAssignments[fact].filter { assignment in
                var rest = group
                while rest != 0 {
                    let member = rest.trailingZeroBitCount
                    rest &= rest - 1
                    if let known = fixed[member], known != assignment[member] { return false }
                }
                return true
            }
            groups.append(allowed)
            members.append(group)
        }
        if groups.contains(where: \.isEmpty) { return }
        var assignment = Array(repeating: 0, count: contract.facts.count)
        var position = Array(repeating: 0, count: groups.count)
        func load(_ group: Int) {
            let chosen = groups[group][position[group]]
            var rest = members[group]
            while rest != 0 {
                let member = rest.trailingZeroBitCount
                rest &= rest - 1
                assignment[member] = chosen[member]
            }
        }
        for group in groups.indices { load(group) }
        while true {
            body(assignment)
            // Odometer: advance the last group, carrying into earlier ones.
            var group = groups.count - 1
            while group >= 0 {
                position[group] += 1
                if position[group] < groups[group].count {
                    load(group)
                    break
                }
                position[group] = 0
                load(group)
                group -= 1
            }
            if group < 0 { return }
        }
    }
}
