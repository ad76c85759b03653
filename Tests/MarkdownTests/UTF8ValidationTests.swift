import XCTest
@testable import Markdown

final class UTF8ValidationTests: XCTestCase {
    private func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    func testAgreesWithTheStandardLibraryOnEdgeCases() {
        let cases: [[UInt8]] = [
            [], Array("plain ascii text, longer than eight bytes".utf8), Array("Госуслуги и Дневник.ру".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80],
            Array("abcdefg".utf8) + [0xD0], Array("abcdefgh".utf8) + [0xD0, 0xB0],
        ]
        for bytes in cases {
            let expected = Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
            XCTAssertEqual(isValid(bytes), expected, "\(bytes)")
        }
    }

    func testAgreesWithTheStandardLibraryOnRandomInput() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x41, 0x20, 0x0A, 0x7F, 0x80, 0xBF, 0xC2, 0xD0, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x90, 0x8F]
        for _ in 0..<5000 {
            let length = Int.random(in: 0...24, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let expected = Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
            XCTAssertEqual(isValid(bytes), expected, "\(bytes)")
        }
    }

    /// Long runs of Cyrillic and ASCII with a rare bad byte, where the eight-byte check works.
    func testAgreesWithTheStandardLibraryOnMostlyCyrillicInput() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("д".utf8), Array("Я".utf8), Array("ё".utf8), Array("é".utf8), [0x61], [0x20], [0x0A],
            Array("€".utf8), Array("😀".utf8),
        ]
        let bad: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xD0, 0xE0, 0xF5, 0xFF]
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                if Int.random(in: 0..<60, using: &generator) == 0 {
                    bytes.append(bad.randomElement(using: &generator) ?? 0xFF)
                } else {
                    bytes += pieces[Int.random(in: 0..<(Int.random(in: 0..<10, using: &generator) == 0 ? 9 : 7), using: &generator)]
                }
            }
            let expected = Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
            XCTAssertEqual(isValid(bytes), expected, "\(bytes)")
        }
    }

    func testInvalidInputIsRepairedThroughTheBytesEntryPoint() {
        XCTAssertEqual(Document(parsing: [0x2A, 0x61, 0xC0, 0x2A]).html(), "<p><em>a\u{FFFD}</em></p>\n")
    }
}
