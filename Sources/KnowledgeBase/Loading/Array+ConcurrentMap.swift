import Dispatch

extension Array where Element: Sendable {
    /// `map` with the elements transformed in parallel on every core; the results keep the
    /// array's order. The one copy in the package: the loader and the site builder share it.
    ///
    /// The results are written straight into the new array's storage, one slot per iteration,
    /// so nothing is left to free by hand (an earlier copy freed its scratch buffer without
    /// deinitializing it, and every `serve` rebuild leaked what it had loaded).
    package func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let total = count
        return [T](unsafeUninitializedCapacity: total) { storage, initializedCount in
            nonisolated(unsafe) let output = storage
            withUnsafeBufferPointer { input in
                nonisolated(unsafe) let input = input
                // Each iteration initializes only its own slot.
                DispatchQueue.concurrentPerform(iterations: total) { index in
                    output.initializeElement(at: index, to: transform(input[index]))
                }
            }
            initializedCount = total
        }
    }
}
