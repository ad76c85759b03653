import Foundation
@testable import QRCode
import Testing
import ToolSupport

/// The hand-written PNG: checksums against published values, and the file read back by
/// Python's zlib, an independent inflater, pixel for pixel.
@Suite struct PNGTests {
    /// The check values of RFC 1952 / ISO 3309 CRC-32 and of RFC 1950 Adler-32.
    @Test func checksums() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(Adler32.checksum(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Adler32.checksum([UInt8]()) == 1)
    }

    /// Reads a PNG file given on standard input with zlib and checks every chunk's CRC; prints
    /// width, height, bit depth, colour type, then one line of 0 (black) and 1 (white) a row.
    static let reader = """
        import struct, sys, zlib
        data = sys.stdin.buffer.read()
        assert data[:8] == b"\\x89PNG\\r\\n\\x1a\\n", "signature"
        offset, idat, chunks = 8, b"", []
        while offset < len(data):
            length, kind = struct.unpack(">I4s", data[offset:offset + 8])
            body = data[offset + 8:offset + 8 + length]
            crc, = struct.unpack(">I", data[offset + 8 + length:offset + 12 + length])
            assert zlib.crc32(kind + body) == crc, kind
            chunks.append(kind.decode())
            if kind == b"IHDR":
                width, height, depth, colour, _, _, _ = struct.unpack(">IIBBBBB", body)
            if kind == b"IDAT":
                idat += body
            offset += 12 + length
        assert chunks[0] == "IHDR" and chunks[-1] == "IEND", chunks
        raw = zlib.decompress(idat)
        stride = (width * depth + 7) // 8 + 1
        assert len(raw) == stride * height
        print(width, height, depth, colour)
        for row in range(height):
            line = raw[row * stride:(row + 1) * stride]
            assert line[0] == 0, "filter type"
            print("".join(str((line[1 + x // 8] >> (7 - x % 8)) & 1) for x in range(width)))
        """

    @Test(ExternalTool.needs(.python3), arguments: [(1, 0), (2, 4), (3, 1)])
    func readBackByZlib(moduleSize: Int, quietZone: Int) throws {
        let code = try QRCode(text: "Не получается войти? https://example.org/55/diagnose/", errorCorrection: .quartile)
        let png = code.png(moduleSize: moduleSize, quietZone: quietZone)
        guard let result = try ExternalTool.python3.run(["-c", Self.reader], input: png) else { return }
        try #require(result.status == 0, "\(result.error)")
        let lines = String(decoding: result.output, as: UTF8.self).split(separator: "\n")
        let side = (code.size + 2 * quietZone) * moduleSize
        #expect(lines.first == "\(side) \(side) 1 0")
        #expect(lines.count == side + 1)
        for (y, line) in lines.dropFirst().enumerated() {
            let expected = String((0..<side).map { x in
                code.isDark(x: x / moduleSize - quietZone, y: y / moduleSize - quietZone) ? "0" : "1"
            })
            #expect(line == expected, "row \(y)")
        }
    }

    /// Image data over 65 535 bytes needs more than one stored block; version 40 with large
    /// modules gets there.
    @Test(ExternalTool.needs(.python3)) func severalStoredBlocks() throws {
        let code = try QRCode(text: "a", minimumVersion: 40, mask: 0)
        let png = code.png(moduleSize: 12)
        // (177 + 8) × 12 = 2220 pixels a side: 278 bytes a row with its filter byte, 2220 rows.
        #expect(278 * 2220 > 65_535 * 9)
        guard let result = try ExternalTool.python3.run(["-c", Self.reader], input: png) else { return }
        #expect(result.status == 0, "\(result.error)")
        #expect(String(decoding: result.output.prefix(20), as: UTF8.self).hasPrefix("2220 2220 1 0\n"))
    }

    /// Stored blocks at the edges: empty data, exactly one full block, one byte more.
    @Test(ExternalTool.needs(.python3), arguments: [0, 1, 65_535, 65_536, 200_000])
    func zlibStream(length: Int) throws {
        let data = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let stream = PNGWriter.zlibStored(data)
        let script = "import sys, zlib; sys.stdout.buffer.write(zlib.decompress(sys.stdin.buffer.read()))"
        guard let result = try ExternalTool.python3.run(["-c", script], input: stream) else { return }
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == data)
    }
}
