import XCTest
@testable import Markdown

final class HTMLOutputTests: XCTestCase {
    /// The eight-byte scan escapes exactly what a byte-by-byte escape does.
    func testEscapingAgreesWithTheByteByByteRule() {
        var generator = SystemRandomNumberGenerator()
        // The four bytes, their neighbours in the bit tests (0x23, 0x27, 0x3D, 0x3F, 0xA2,
        // 0xBC …) and ordinary text.
        let alphabet: [UInt8] = [0x22, 0x26, 0x3C, 0x3E, 0x23, 0x27, 0x2A, 0x3D, 0x3F, 0x62, 0x66, 0x7C, 0x7E,
                                 0xA2, 0xA6, 0xBC, 0xBE, 0xD0, 0x20, 0x0A, 0x00]
        for _ in 0..<5000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? alphabet[Int.random(in: 0..<4, using: &generator)]
                    : alphabet.randomElement(using: &generator) ?? 0x61
            }
            var expected: [UInt8] = []
            for byte in text {
                switch byte {
                case UInt8(ascii: "&"): expected += Array("&amp;".utf8)
                case UInt8(ascii: "<"): expected += Array("&lt;".utf8)
                case UInt8(ascii: ">"): expected += Array("&gt;".utf8)
                case UInt8(ascii: "\""): expected += Array("&quot;".utf8)
                default: expected.append(byte)
                }
            }
            var out = HTMLOutput(capacity: 1)
            text.withUnsafeBufferPointer { out.appendEscaped($0) }
            XCTAssertEqual(out.bytes, expected, "\(text)")
        }
    }
}
