/// The answers so far, packed for the planner's memo: four bits per fact, `0` for a fact
/// not yet known, `k + 1` for the fact's answer number `k` (its values in the contract's
/// order, then `unknown`). Two words hold up to 32 facts of up to 15 answers each; the
/// engine refuses a contract that does not fit (``ContractShapeError``).
struct PackedState: Hashable, Sendable {
    static let maximumFacts = 32
    static let maximumAnswers = 15

    var low: UInt64 = 0
    var high: UInt64 = 0

    /// The answer number of `fact`, or `nil` while the fact is not known.
    subscript(fact: Int) -> Int? {
        get {
            let word = fact < 16 ? low : high
            let nibble = Int((word >> Self.shift(fact)) & 0xF)
            return nibble == 0 ? nil : nibble - 1
        }
        set {
            let nibble = UInt64(newValue.map { $0 + 1 } ?? 0)
            let shift = Self.shift(fact)
            if fact < 16 {
                low = (low & ~(0xF << shift)) | (nibble << shift)
            } else {
                high = (high & ~(0xF << shift)) | (nibble << shift)
            }
        }
    }

    /// Only the facts whose nibbles are set in `mask`.
    func masked(by mask: PackedState) -> PackedState {
        PackedState(low: low & mask.low, high: high & mask.high)
    }

    /// A mask that keeps the facts in `facts` (a bit set of fact numbers).
    static func mask(for facts: UInt32) -> PackedState {
        var mask = PackedState()
        var rest = facts
        while rest != 0 {
            let fact = rest.trailingZeroBitCount
            rest &= rest - 1
            let shift = shift(fact)
            if fact < 16 { mask.low |= 0xF << shift } else { mask.high |= 0xF << shift }
        }
        return mask
    }

    private static func shift(_ fact: Int) -> UInt64 {
        UInt64((fact & 15) * 4)
    }
}
