import Foundation
import QRCode
import Testing
import ToolSupport

/// The terminal rendering: half blocks read back into modules, and the text drawn in a real
/// monospaced font — dark text on a light background, as a terminal shows it — read by zbar.
@Suite struct TextTests {
    static let phrase = "Не получается войти? https://example.org/55/diagnose/"

    @Test(arguments: [0, 1, 2, 4])
    func halfBlocksAreTheModules(quietZone: Int) throws {
        let code = try QRCode(text: Self.phrase)
        let lines = code.text(quietZone: quietZone).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let side = code.size + 2 * quietZone
        #expect(lines.count == (side + 1) / 2)
        for (row, line) in lines.enumerated() {
            #expect(line.count == side)
            for (column, character) in line.enumerated() {
                let x = column - quietZone
                let y = 2 * row - quietZone
                let top = code.isDark(x: x, y: y)
                // The last line's lower half is below the quiet zone, and light.
                let bottom = y + 1 < code.size + quietZone && code.isDark(x: x, y: y + 1)
                let expected: Character = top ? (bottom ? "█" : "▀") : (bottom ? "▄" : " ")
                #expect(character == expected, "line \(row), column \(column)")
            }
        }
    }

    /// The text drawn as a terminal draws it: DejaVu Sans Mono, cells 0.602 em wide and
    /// 1.164 em high (the font's advance and ascent + descent, which its block elements
    /// fill), black glyphs on white. librsvg renders it; zbar must read the phrase.
    @Test(ExternalTool.needs(.zbarimg, .rsvgConvert)) func scansAsATerminalShowsIt() throws {
        let code = try QRCode(text: Self.phrase)
        let lines = code.text().split(separator: "\n")
        let fontSize = 20.0
        let cellWidth = fontSize * 0.602
        let cellHeight = fontSize * 1.164
        let width = Int((cellWidth * Double(lines[0].count)).rounded(.up)) + 20
        let height = Int((cellHeight * Double(lines.count)).rounded(.up)) + 20
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\">"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        for (index, line) in lines.enumerated() {
            // The baseline sits the font's descent above the cell's bottom.
            let baseline = 10 + cellHeight * Double(index + 1) - fontSize * 0.236
            svg += "<text x=\"10\" y=\"\(baseline)\" font-family=\"DejaVu Sans Mono\" font-size=\"\(fontSize)\""
            svg += " fill=\"#000\" xml:space=\"preserve\">\(line)</text>"
        }
        svg += "</svg>"
        let directory = try TemporaryDirectory()
        let svgPath = directory.url.appendingPathComponent("terminal.svg").path
        let pngPath = directory.url.appendingPathComponent("terminal.png").path
        try Data(svg.utf8).write(to: URL(fileURLWithPath: svgPath))
        guard let rendered = try ExternalTool.rsvgConvert.run([svgPath, "-o", pngPath]) else { return }
        try #require(rendered.status == 0, "rsvg-convert: \(rendered.error)")
        guard let decoded = try ExternalTool.zbarimg.run(["--raw", "-Sbinary", "--nodbus", "-q", pngPath]) else { return }
        #expect(
            decoded.output == Array(Self.phrase.utf8),
            "zbar read \(decoded.status == 0 ? String(decoding: decoded.output, as: UTF8.self) : "nothing"); is DejaVu Sans Mono installed (fonts-dejavu-core)?")
    }
}
