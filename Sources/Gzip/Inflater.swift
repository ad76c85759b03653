/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Codes are looked up in a table indexed by the next `primaryBits` bits of the input (read
/// least significant bit first, as DEFLATE packs them); a longer code, rare in practice, is
/// decoded one bit at a time from the canonical code's counts (the method of zlib's `puff.c`).
struct Inflater {
    private var input: [UInt8]
    private var position: Int
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    private(set) var output: [UInt8] = []

    init(_ input: [UInt8], from start: Int) {
        self.input = input
        self.position = start
    }

    /// The byte after the stream, once `inflate()` has returned (whole bytes only).
    var endPosition: Int { position - bitCount / 8 }

    mutating func inflate() throws(GzipError) {
        var final = false
        while !final {
            final = try bits(1) == 1
            switch try bits(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: Self.fixedLiterals, distances: Self.fixedDistances)
            case 2:
                let (literals, distances) = try dynamicTables()
                try huffmanBlock(literals: literals, distances: distances)
            default: throw .damaged("reserved block type")
            }
        }
    }

    // MARK: Bits

    private mutating func need(_ count: Int) throws(GzipError) {
        while bitCount < count {
            guard position < input.count else { throw .damaged("the data ends inside a block") }
            bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    private mutating func bits(_ count: Int) throws(GzipError) -> Int {
        try need(count)
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// Fills the buffer with as many whole bytes as are left, up to 56 bits, without failing.
    private mutating func refill() {
        while bitCount <= 56, position < input.count {
            bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    // MARK: Blocks

    private mutating func storedBlock() throws(GzipError) {
        // Drop the rest of the current byte; the buffer then holds whole bytes only.
        _ = try bits(bitCount % 8)
        let length = try bits(16)
        let complement = try bits(16)
        guard length == ~complement & 0xFFFF else { throw .damaged("a stored block's length does not match its complement") }
        var remaining = length
        while remaining > 0, bitCount >= 8 {
            output.append(UInt8(try bits(8)))
            remaining -= 1
        }
        guard position + remaining <= input.count else { throw .damaged("the data ends inside a stored block") }
        output.append(contentsOf: input[position..<(position + remaining)])
        position += remaining
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private mutating func huffmanBlock(literals: HuffmanTable, distances: HuffmanTable) throws(GzipError) {
        while true {
            let symbol = try decode(literals)
            if symbol < 256 {
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let index = symbol - 257
            guard index < Self.lengthBase.count else { throw .damaged("a length code out of range") }
            let length = Self.lengthBase[index] + (try bits(Self.lengthExtra[index]))
            let code = try decode(distances)
            guard code < Self.distanceBase.count else { throw .damaged("a distance code out of range") }
            let distance = Self.distanceBase[code] + (try bits(Self.distanceExtra[code]))
            guard distance <= output.count else { throw .damaged("a distance reaches before the start of the data") }
            // Byte by byte: a slice of `output` appended to itself would copy the whole array
            // (the slice holds the buffer), and an overlapping match must see its own bytes.
            let start = output.count - distance
            for offset in 0..<length { output.append(output[start + offset]) }
        }
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamicTables() throws(GzipError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .damaged("too many codes in a dynamic block") }
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengths[Self.codeLengthOrder[index]] = try bits(3) }
        let codeLengthTable = try HuffmanTable(lengths: codeLengths)
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(codeLengthTable)
            switch symbol {
            case 0...15:
                lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw .damaged("a repeat with nothing before it") }
                lengths.append(contentsOf: repeatElement(previous, count: 3 + (try bits(2))))
            case 17:
                lengths.append(contentsOf: repeatElement(0, count: 3 + (try bits(3))))
            default:
                lengths.append(contentsOf: repeatElement(0, count: 11 + (try bits(7))))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw .damaged("code lengths overrun their count") }
        guard lengths[256] > 0 else { throw .damaged("no end-of-block code") }
        return (try HuffmanTable(lengths: Array(lengths[..<literalCount])),
                try HuffmanTable(lengths: Array(lengths[literalCount...])))
    }

    private mutating func decode(_ table: HuffmanTable) throws(GzipError) -> Int {
        refill()
        let primary = HuffmanTable.primaryBits
        let entry = table.primary[Int(bitBuffer & UInt64((1 << primary) - 1))]
        if entry.length > 0, entry.length <= bitCount {
            bitBuffer >>= UInt64(entry.length)
            bitCount -= entry.length
            return Int(entry.symbol)
        }
        // A code longer than the table's bits (or the input's end near): canonical decoding.
        var code = 0, first = 0, index = 0
        for length in 1...15 {
            code |= try bits(1)
            let count = table.counts[length]
            if code - count < first { return table.symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw .damaged("an invalid Huffman code")
    }

    static let fixedLiterals: HuffmanTable = {
        var lengths = [Int](repeating: 8, count: 288)
        for index in 144..<256 { lengths[index] = 9 }
        for index in 256..<280 { lengths[index] = 7 }
        // The fixed code is complete and valid by construction (RFC 1951, 3.2.6).
        return (try? HuffmanTable(lengths: lengths)) ?? HuffmanTable.empty
    }()

    static let fixedDistances: HuffmanTable = (try? HuffmanTable(lengths: [Int](repeating: 5, count: 30))) ?? HuffmanTable.empty
}

/// A canonical Huffman code: its counts by length, its symbols in code order, and a lookup
/// table for codes of up to `primaryBits` bits.
struct HuffmanTable: Sendable {
    static let primaryBits = 10

    struct Entry: Sendable {
        var symbol: UInt16
        /// 0: the code is longer than the table's bits.
        var length: Int
    }

    var counts: [Int]
    var symbols: [Int]
    var primary: [Entry]

    static let empty = HuffmanTable(counts: [Int](repeating: 0, count: 16), symbols: [], primary: [])

    private init(counts: [Int], symbols: [Int], primary: [Entry]) {
        self.counts = counts
        self.symbols = symbols
        self.primary = primary
    }

    init(lengths: [Int]) throws(GzipError) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        // Over-subscribed codes are damaged data; incomplete ones are allowed (a single code).
        var left = 1
        for length in 1...15 {
            left <<= 1
            left -= counts[length]
            if left < 0 { throw .damaged("an over-subscribed Huffman code") }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        var symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        var primary = [Entry](repeating: Entry(symbol: 0, length: 0), count: 1 << Self.primaryBits)
        var code = 0, index = 0
        for length in 1...15 {
            for _ in 0..<counts[length] {
                if length <= Self.primaryBits {
                    // The code's bits reversed: the stream gives its first bit first.
                    var reversed = 0
                    for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
                    var slot = reversed
                    while slot < primary.count {
                        primary[slot] = Entry(symbol: UInt16(symbols[index]), length: length)
                        slot += 1 << length
                    }
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
        self.counts = counts
        self.symbols = Array(symbols.prefix(index))
        self.primary = primary
    }
}
