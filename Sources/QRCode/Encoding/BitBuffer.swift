/// A string of bits written most significant bit first, packed into bytes.
struct BitBuffer: Sendable {
    /// The bits so far, eight to a byte; the last byte is padded with zeros.
    private(set) var bytes: [UInt8] = []
    /// How many bits have been written.
    private(set) var count = 0

    /// Appends the low `length` bits of `value`, most significant first.
    mutating func append(_ value: Int, length: Int) {
        for shift in stride(from: length - 1, through: 0, by: -1) {
            if count % 8 == 0 {
                bytes.append(0)
            }
            if (value >> shift) & 1 == 1 {
                bytes[bytes.count - 1] |= 0x80 >> UInt8(count % 8)
            }
            count += 1
        }
    }
}
