/// The open causes of a state, joined into groups that the planners treat independently.
extension CompiledContract {
    /// Open causes joined when they wait for a common fact or for facts tied by an
    /// implication: what one group's answers cannot change in another.
    struct Component: Sendable {
        var causes: UInt32
        var pending: UInt32
        /// `pending` with the implication groups of its facts.
        var reach: UInt32
    }

    /// The open causes among `causes` (a bit set) as components, sorted by their earliest
    /// pending fact (pending sets are disjoint, so the order is total).
    func openComponents(_ state: PackedState, causes: UInt32) -> [Component] {
        var components: [Component] = []
        var rest = causes
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            rest &= rest - 1
            let cause = self.causes[index]
            guard status(of: cause, in: state) == .open else { continue }
            let pending = pendingFacts(of: cause, in: state)
            components.append(Component(causes: 1 << UInt32(index), pending: pending, reach: reach(of: pending)))
        }
        components = OverlapGroups.merged(components, key: \.reach) { joined, other in
            joined.causes |= other.causes
            joined.pending |= other.pending
            joined.reach |= other.reach
        }
        return components.sorted { $0.pending.trailingZeroBitCount < $1.pending.trailingZeroBitCount }
    }

    /// Whether some cause in `causes` (a bit set) is certain under `state`.
    func anyCertain(_ state: PackedState, causes: UInt32) -> Bool {
        var rest = causes
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            rest &= rest - 1
            if status(of: self.causes[index], in: state) == .certain { return true }
        }
        return false
    }

    /// Every cause other than the fallback, as a bit set.
    var allCauses: UInt32 {
        causes.indices.reduce(UInt32(0)) { $0 | 1 << UInt32($1) }
    }

    /// `facts` with the implication groups of its facts.
    func reach(of facts: UInt32) -> UInt32 {
        var reach = facts
        var rest = facts
        while rest != 0 {
            let fact = rest.trailingZeroBitCount
            rest &= rest - 1
            reach |= group[fact]
        }
        return reach
    }

    /// The facts whose answers can change a plan for `causes`: what the causes depend on,
    /// with the facts tied to those by implications (they change the answers' weights).
    func relevantMask(_ causes: UInt32) -> PackedState {
        var facts: UInt32 = 0
        var rest = causes
        while rest != 0 {
            let index = rest.trailingZeroBitCount
            rest &= rest - 1
            facts |= self.causes[index].support
        }
        return PackedState.mask(for: reach(of: facts))
    }
}
