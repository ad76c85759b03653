extension QRCode {
    /// The symbol as an SVG image: a white square with the dark modules as one `<path>`, each
    /// row's runs of dark modules as rectangles one module high.
    ///
    /// The `viewBox` counts modules, so the image scales without blur; `width` and `height`
    /// are `moduleSize` pixels per module, and `shape-rendering="crispEdges"` keeps edges on
    /// whole pixels. With a `title` the image has `role="img"` and a `<title>`, which screen
    /// readers announce.
    ///
    /// - Parameters:
    ///   - moduleSize: pixels per module in the nominal size, at least 1.
    ///   - quietZone: light modules around the symbol; the standard asks for 4 (§6.3.8).
    ///   - title: what the code leads to, in words, for people who cannot see it.
    public func svg(moduleSize: Int = 4, quietZone: Int = 4, title: String? = nil) -> String {
        let quietZone = max(0, quietZone)
        let side = size + 2 * quietZone
        let pixels = side * max(1, moduleSize)
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else {
                    x += 1
                    continue
                }
                var end = x + 1
                while end < size, isDark(x: end, y: y) { end += 1 }
                path += "M\(x + quietZone) \(y + quietZone)h\(end - x)v1h-\(end - x)z"
                x = end
            }
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\""
        svg += " width=\"\(pixels)\" height=\"\(pixels)\" shape-rendering=\"crispEdges\""
        if let title {
            svg += " role=\"img\"><title>\(Self.escapeXML(title))</title>"
        } else {
            svg += ">"
        }
        svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
        svg += "<path fill=\"#000\" d=\"\(path)\"/></svg>\n"
        return svg
    }

    /// `text` safe in XML character data and attribute values.
    private static func escapeXML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
