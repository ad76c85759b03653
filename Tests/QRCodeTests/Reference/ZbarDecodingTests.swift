import Foundation
import QRCode
import Testing
import ToolSupport

/// The encoder's images read back by an independent decoder, zbar (`zbarimg`): every length
/// class — each version's full byte capacity at each level, so versions 1 to 40 — as PNG and
/// as SVG rendered by librsvg, compared byte for byte.
///
/// `zbarimg --raw -Sbinary` prints the symbol's bytes exactly as decoded (without the ECI
/// header). Without `-Sbinary`, zbar 0.23 converts byte data to UTF-8 from the character set
/// the ECI header names, or that it guesses when there is none — and for «дневник» it
/// guesses Shift JIS; ``utf8WithoutBinaryOption()`` checks that our UTF-8 arrives as UTF-8.
@Suite struct ZbarDecodingTests {
    /// A text that fills version `version` at `level` exactly; Cyrillic for even versions.
    static func fullText(version: Int, level: QRCode.ErrorCorrection) -> String {
        let levelIndex = QRCode.ErrorCorrection.allCases.firstIndex(of: level) ?? 0
        var texts = SampleTexts(seed: UInt64(version * 4 + levelIndex))
        let cyrillic = version % 2 == 0
        return texts.text(
            byteCount: SampleTexts.byteCapacity(version: version, level: level, ascii: !cyrillic), cyrillic: cyrillic)
    }

    static let phrase = "Не получается войти? https://example.org/55/diagnose/"

    /// Decodes the PNG file at `path`; `nil` (with a recorded failure) when zbar finds nothing.
    static func decode(_ path: String, binary: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8]? {
        let arguments = (binary ? ["--raw", "-Sbinary"] : []) + ["--nodbus", "-q", path]
        guard let result = try ExternalTool.zbarimg.run(arguments, sourceLocation: sourceLocation) else { return nil }
        guard result.status == 0 else {
            Issue.record("zbarimg found no code in \(path) (exit \(result.status)): \(result.error)", sourceLocation: sourceLocation)
            return nil
        }
        return result.output
    }

    /// Each version's full capacity at `level`, as PNG and as SVG rendered by librsvg.
    @Test(ExternalTool.needs(.zbarimg, .rsvgConvert), arguments: QRCode.ErrorCorrection.allCases)
    func everyVersion(level: QRCode.ErrorCorrection) throws {
        let directory = try TemporaryDirectory()
        for version in 1...40 {
            let text = Self.fullText(version: version, level: level)
            let code = try QRCode(text: text, errorCorrection: level)
            #expect(code.version == version)
            let pngPath = directory.url.appendingPathComponent("\(version).png").path
            try Data(code.png(moduleSize: 3)).write(to: URL(fileURLWithPath: pngPath))
            guard let decodedPNG = try Self.decode(pngPath) else { return }
            #expect(decodedPNG == Array(text.utf8), "PNG, version \(version)-\(level.rawValue)")

            let svgPath = directory.url.appendingPathComponent("\(version).svg").path
            let renderedPath = directory.url.appendingPathComponent("\(version)-svg.png").path
            try Data(code.svg(moduleSize: 3, title: "QR").utf8).write(to: URL(fileURLWithPath: svgPath))
            guard let rendered = try ExternalTool.rsvgConvert.run([svgPath, "-o", renderedPath]) else { return }
            #expect(rendered.status == 0, "rsvg-convert: \(rendered.error)")
            guard let decodedSVG = try Self.decode(renderedPath) else { return }
            #expect(decodedSVG == Array(text.utf8), "SVG, version \(version)-\(level.rawValue)")
        }
    }

    /// Short texts, the leaflet's phrase, and every mask, at every level.
    @Test(ExternalTool.needs(.zbarimg)) func phrasesAndMasks() throws {
        let directory = try TemporaryDirectory()
        let texts = [Self.phrase, "", "a", "https://example.org/", "Ё", "😀 emoji, 4 bytes", "line\nbreak\ttab"]
        var count = 0
        for text in texts {
            for level in QRCode.ErrorCorrection.allCases {
                for mask in 0...7 {
                    let code = try QRCode(text: text, errorCorrection: level, mask: mask)
                    let path = directory.url.appendingPathComponent("\(count).png").path
                    count += 1
                    try Data(code.png()).write(to: URL(fileURLWithPath: path))
                    guard let decoded = try Self.decode(path) else { return }
                    #expect(decoded == Array(text.utf8), "\(text) \(level.rawValue) mask \(mask)")
                }
            }
        }
    }

    /// Without `-Sbinary`, zbar converts byte data to UTF-8 itself; it must take our bytes for
    /// UTF-8 and print the text unchanged. (Without the ECI header it prints «дневник» and
    /// «ёжик в тумане» as Shift JIS.)
    @Test(ExternalTool.needs(.zbarimg)) func utf8WithoutBinaryOption() throws {
        let directory = try TemporaryDirectory()
        var samples = [Self.phrase, "Справка", "дневник", "ёжик в тумане", "Привет, мир! 2 × 2 = 4 — «кавычки»"]
        for version in [3, 10, 25, 40] {
            samples.append(Self.fullText(version: version, level: .medium))
        }
        for (index, text) in samples.enumerated() {
            let path = directory.url.appendingPathComponent("\(index).png").path
            try Data(QRCode(text: text).png()).write(to: URL(fileURLWithPath: path))
            guard let decoded = try Self.decode(path, binary: false) else { return }
            #expect(String(decoding: decoded, as: UTF8.self) == "QR-Code:\(text)\n")
        }
    }
}
