/// A growable buffer of bytes that appends with one bounds check and a `memcpy`, where
/// `Array.append(contentsOf:)` costs a generic copy per call; the HTML writers append
/// hundreds of thousands of short runs. Owned by one `HTMLOutput`, never shared.
final class ByteBuffer {
    // Only the owning `HTMLOutput` touches these, one access at a time.
    @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        if capacity - count < length { grow(toHold: length) }
        (base + count).update(from: source, count: length)
        count += length
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if capacity == count { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    /// Makes room for `length` more bytes.
    func reserve(_ length: Int) {
        if capacity - count < length { grow(toHold: length) }
    }

    @inline(never)
    private func grow(toHold length: Int) {
        let newCapacity = max(capacity * 2, count + length)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// The bytes written so far.
    var array: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }
}
