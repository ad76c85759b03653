/// Reading gzip files (RFC 1952), such as rotated web-server logs (`access.log.2.gz`): every
/// member of the file, each checked against its CRC-32 and length. Knows nothing of Spravka.
public enum Gzip {
    /// Whether `bytes` start as a gzip member does.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed bytes of every member, one after the other.
    public static func decompress(_ bytes: [UInt8]) throws(GzipError) -> [UInt8] {
        var output: [UInt8] = []
        var position = 0
        repeat {
            let start = try headerEnd(bytes, from: position)
            var inflater = Inflater(bytes, from: start)
            try inflater.inflate()
            let end = inflater.endPosition
            guard end + 8 <= bytes.count else { throw .damaged("the file ends before its checksum") }
            let crc = readLittleEndian(bytes, at: end)
            let size = readLittleEndian(bytes, at: end + 4)
            guard CRC32.checksum(inflater.output) == crc else { throw .damaged("the CRC-32 does not match the data") }
            guard UInt32(truncatingIfNeeded: inflater.output.count) == size else { throw .damaged("the length does not match the data") }
            output.append(contentsOf: inflater.output)
            position = end + 8
            // Padding of zeros after the last member is tolerated, as gzip(1) does.
            while position < bytes.count, bytes[position] == 0 { position += 1 }
        } while position < bytes.count
        return output
    }

    private static func readLittleEndian(_ bytes: [UInt8], at index: Int) -> UInt32 {
        UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
    }

    /// The offset of a member's compressed data.
    private static func headerEnd(_ bytes: [UInt8], from start: Int) throws(GzipError) -> Int {
        guard bytes.count >= start + 10, bytes[start] == 0x1F, bytes[start + 1] == 0x8B else { throw .notGzip }
        guard bytes[start + 2] == 8 else { throw .damaged("compression method \(bytes[start + 2]) is not deflate") }
        let flags = bytes[start + 3]
        var position = start + 10
        if flags & 0x04 != 0 {  // FEXTRA
            guard position + 2 <= bytes.count else { throw .damaged("the header ends early") }
            position += 2 + Int(bytes[position]) + Int(bytes[position + 1]) << 8
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT
            while position < bytes.count, bytes[position] != 0 { position += 1 }
            position += 1
        }
        if flags & 0x02 != 0 { position += 2 }  // FHCRC
        guard position <= bytes.count else { throw .damaged("the header ends early") }
        return position
    }
}

/// Why a gzip file could not be read.
public enum GzipError: Error, Equatable, Sendable, CustomStringConvertible {
    case notGzip
    case damaged(String)

    public var description: String {
        switch self {
        case .notGzip: return "not a gzip file"
        case .damaged(let reason): return "damaged gzip data: \(reason)"
        }
    }
}

/// CRC-32 (ISO 3309, as gzip and PNG use it).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 != 0 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
