import Dispatch

extension Array where Element: Sendable {
    /// `map` with the elements transformed in parallel on every core; the results keep the
    /// array's order.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let output = results
        withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            // Each iteration writes only its own slot.
            DispatchQueue.concurrentPerform(iterations: count) { index in
                output[index] = transform(input[index])
            }
        }
        return results.compactMap { $0 }
    }
}
