import Foundation

/// How long the rest of an interview usually is: the planner's expected number of questions
/// (the next one included) under the engine's weights, and the whole numbers around it that
/// people read («обычно 3–4 вопроса»): not the worst case, which is rare and long.
public struct InterviewLength: Equatable, Sendable {
    /// The expected number of questions still to ask.
    public var expected: Double

    public init(expected: Double) {
        self.expected = expected
    }

    /// The whole numbers on either side of ``expected``: `3...4` for 3.4, `3...3` for 3.
    /// Rounding noise (3.0000000001) does not widen the range.
    public var typical: ClosedRange<Int> {
        let low = Int((expected + Self.noise).rounded(.down))
        let high = Int((expected - Self.noise).rounded(.up))
        return low...max(low, high)
    }

    static let noise = 1e-9
}
