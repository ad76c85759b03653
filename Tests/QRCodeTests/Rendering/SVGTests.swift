import QRCode
import Testing

/// The SVG's markup; that it scans after rendering is ZbarDecodingTests' job.
@Suite struct SVGTests {
    @Test func structure() throws {
        let code = try QRCode(text: "https://example.org/")
        let svg = code.svg()
        let side = code.size + 8
        #expect(svg.hasPrefix(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\""
                + " width=\"\(side * 4)\" height=\"\(side * 4)\" shape-rendering=\"crispEdges\">"))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.components(separatedBy: "<path").count == 2, "one path")
        #expect(!svg.contains("role="), "no title, no role")
        // The top-left finder pattern's first row: seven dark modules from (4, 4).
        #expect(svg.contains("d=\"M4 4h7v1h-7z"))
    }

    @Test func titleMakesAnImage() throws {
        let svg = try QRCode(text: "x").svg(moduleSize: 2, quietZone: 0, title: "Ссылка на «Не получается войти?» & <справку>")
        #expect(svg.contains(" role=\"img\"><title>Ссылка на «Не получается войти?» &amp; &lt;справку&gt;</title>"))
        #expect(svg.contains("viewBox=\"0 0 21 21\" width=\"42\" height=\"42\""))
    }

    /// The path covers exactly the dark modules: every run it draws, and nothing else.
    @Test func pathCoversTheDarkModules() throws {
        let code = try QRCode(text: "Справка", errorCorrection: .high)
        let svg = code.svg(quietZone: 1)
        let path = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)
        var drawn = Set<[Int]>()
        for run in path.split(separator: "M").map(String.init) {
            // "x yhNv1h-Nz"
            let numbers = run.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            try #require(numbers.count == 5 && numbers[3] == 1 && numbers[2] == numbers[4], "\(run)")
            for dx in 0..<numbers[2] {
                drawn.insert([numbers[0] + dx - 1, numbers[1] - 1])
            }
        }
        var dark = Set<[Int]>()
        for y in 0..<code.size {
            for x in 0..<code.size where code.isDark(x: x, y: y) {
                dark.insert([x, y])
            }
        }
        #expect(drawn == dark)
    }
}
