/// Writes PNG files (ISO/IEC 15948, RFC 2083) without a compression library: the zlib
/// stream (RFC 1950) holds stored deflate blocks (RFC 1951 §3.2.4), uncompressed.
enum PNGWriter {
    /// The eight bytes every PNG file starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A greyscale image (colour type 0) from `rows` of packed pixels, each row
    /// `(width × bitDepth + 7) / 8` bytes.
    static func greyscale(width: Int, height: Int, bitDepth: UInt8, rows: [[UInt8]]) -> [UInt8] {
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        // Bit depth, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
        header += [bitDepth, 0, 0, 0, 0]

        // Each row is preceded by its filter type, 0 (none).
        var scanlines: [UInt8] = []
        scanlines.reserveCapacity(rows.reduce(0) { $0 + $1.count + 1 })
        for row in rows {
            scanlines.append(0)
            scanlines += row
        }

        var file = signature
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", zlibStored(scanlines), to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// Length, type, data and the CRC-32 of type and data (PNG §5.3).
    private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        let typeAndData = Array(type.utf8) + data
        file.appendBigEndian(UInt32(data.count))
        file += typeAndData
        file.appendBigEndian(CRC32.checksum(typeAndData))
    }

    /// A zlib stream of `data` in stored blocks of at most 65 535 bytes: header 78 01
    /// (deflate, 32 KiB window, no dictionary, check bits), the blocks, the Adler-32 of `data`.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var stream: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let length = min(65_535, data.count - start)
            let isFinal = start + length == data.count
            // BFINAL, then BTYPE 00 (stored); the rest of the byte pads to the boundary.
            stream.append(isFinal ? 1 : 0)
            stream.append(UInt8(length & 0xFF))
            stream.append(UInt8(length >> 8))
            stream.append(UInt8(~length & 0xFF))
            stream.append(UInt8((~length >> 8) & 0xFF))
            stream += data[start..<start + length]
            start += length
        } while start < data.count
        stream.appendBigEndian(Adler32.checksum(data))
        return stream
    }
}

extension [UInt8] {
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(UInt8(value >> 24))
        append(UInt8((value >> 16) & 0xFF))
        append(UInt8((value >> 8) & 0xFF))
        append(UInt8(value & 0xFF))
    }
}
