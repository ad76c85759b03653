/// Normalises HTML the way the CommonMark spec's test runner does (`test/normalize.py` in
/// commonmark-spec), so that two renderers are compared on what a browser would show rather
/// than on incidental bytes: whitespace runs outside `<pre>` become one space, whitespace
/// next to block-level tags goes, a newline after `<br>` goes, attributes are sorted with
/// their values re-escaped, and character references are decoded (then `<`, `>`, `&` and
/// `"` escaped again). Comments, declarations, processing instructions and CDATA are kept
/// as they are. Written from the behaviour of normalize.py, not copied.
///
/// Used by the differential tests and by the differential fuzzer
/// (`scripts/fuzz-markdown.sh --differential`), so it depends on nothing but the standard
/// library.
enum HTMLNormalizer {
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    enum Last { case startTag, endTag, data, other }

    static func normalize(_ html: String) -> String {
        var state = State()
        let s = Array(html.unicodeScalars)
        var i = 0
        var text: [Unicode.Scalar] = []
        func flushText() {
            if !text.isEmpty { state.data(String(String.UnicodeScalarView(text))); text.removeAll() }
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if let (token, end) = scanMarkup(s, at: i) {
                    flushText()
                    state.markup(token)
                    i = end
                    continue
                }
                text.append(c)
                i += 1
            } else if c == "&", let (decoded, end) = decodeReference(s, at: i) {
                flushText()
                state.reference(decoded)
                i = end
            } else {
                text.append(c)
                i += 1
            }
        }
        flushText()
        return state.output
    }

    enum Markup {
        case start(name: String, attributes: [(String, String?)], selfClosing: Bool)
        case end(name: String)
        case verbatim(String)
    }

    struct State {
        var output = ""
        var last = Last.startTag
        var lastTag = ""
        var inPre = false

        mutating func data(_ raw: String) {
            var data = raw
            let afterTag = last == .startTag || last == .endTag
            let afterBlockTag = afterTag && HTMLNormalizer.blockTags.contains(lastTag)
            if afterTag, lastTag == "br" { data = String(data.drop { $0 == "\n" }) }
            if !inPre { data = HTMLNormalizer.collapseWhitespace(data) }
            if afterBlockTag, !inPre {
                if last == .startTag {
                    data = String(data.drop { $0 == " " })
                } else {
                    data = HTMLNormalizer.trim(data)
                }
            }
            output += data
            last = .data
        }

        mutating func reference(_ decoded: String) {
            output += decoded
            last = .other
        }

        mutating func markup(_ token: Markup) {
            switch token {
            case .start(let name, let attributes, let selfClosing):
                if name == "pre" { inPre = true }
                if HTMLNormalizer.blockTags.contains(name) { output = HTMLNormalizer.trimEnd(output) }
                output += "<" + name
                for (key, value) in attributes.sorted(by: { ($0.0, $0.1 ?? "") < ($1.0, $1.1 ?? "") }) {
                    output += " " + key
                    if let value { output += "=\"" + HTMLNormalizer.escape(value) + "\"" }
                }
                output += ">"
                lastTag = name
                last = selfClosing ? .endTag : .startTag
            case .end(let name):
                if name == "pre" {
                    inPre = false
                } else if HTMLNormalizer.blockTags.contains(name) {
                    output = HTMLNormalizer.trimEnd(output)
                }
                output += "</" + name + ">"
                lastTag = name
                last = .endTag
            case .verbatim(let text):
                output += text
                last = .other
            }
        }
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "\u{0B}"
    }

    static func collapseWhitespace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inSpace = false
        for c in text.unicodeScalars {
            if isSpace(c) {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(c)
                inSpace = false
            }
        }
        return String(out)
    }

    static func trimEnd(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    static func trim(_ text: String) -> String {
        trimEnd(String(String.UnicodeScalarView(text.unicodeScalars.drop { isSpace($0) })))
    }

    static func escape(_ value: String) -> String {
        var out = ""
        for c in value.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#x27;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Decodes every character reference in an attribute value.
    static func unescape(_ value: [Unicode.Scalar]) -> String {
        var out = ""
        var i = 0
        while i < value.count {
            if value[i] == "&", let (decoded, end) = decodeReference(value, at: i, escaping: false) {
                out += decoded
                i = end
            } else {
                out.unicodeScalars.append(value[i])
                i += 1
            }
        }
        return out
    }

    /// A character reference at `i` (`&name;`, `&#123;`, `&#x1F;`), decoded; in text the
    /// characters that HTML requires escaped are escaped again, as normalize.py does.
    static func decodeReference(_ s: [Unicode.Scalar], at i: Int, escaping: Bool = true) -> (String, Int)? {
        var j = i + 1
        var value: Unicode.Scalar?
        if j < s.count, s[j] == "#" {
            j += 1
            var radix: UInt32 = 10
            if j < s.count, s[j] == "x" || s[j] == "X" { radix = 16; j += 1 }
            var number: UInt32 = 0
            let digitsStart = j
            while j < s.count, let digit = Character(s[j]).hexDigitValue, radix == 16 || digit < 10, j - digitsStart < 8 {
                number = number * radix + UInt32(digit)
                j += 1
            }
            guard j > digitsStart, j < s.count, s[j] == ";" else { return nil }
            value = Unicode.Scalar(number) ?? "\u{FFFD}"
            if number == 0 { value = "\u{FFFD}" }
        } else {
            while j < s.count, s[j].properties.isASCIIHexDigit || (s[j].isASCII && s[j].properties.isAlphabetic) { j += 1 }
            guard j > i + 1, j < s.count, s[j] == ";" else { return nil }
            let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
            guard let named = namedReferences[name] else { return nil }
            value = named
        }
        guard let scalar = value else { return nil }
        let end = j + 1
        if escaping {
            switch scalar {
            case "<": return ("&lt;", end)
            case ">": return ("&gt;", end)
            case "&": return ("&amp;", end)
            case "\"": return ("&quot;", end)
            default: break
            }
        }
        return (String(scalar), end)
    }

    /// The references renderers write for escaping; others stay as written, so both sides
    /// must agree on them byte for byte.
    static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "\u{A9}",
    ]

    /// A tag, comment, declaration, processing instruction or CDATA section at `i`.
    static func scanMarkup(_ s: [Unicode.Scalar], at i: Int) -> (Markup, Int)? {
        func find(_ needle: String, from start: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            var k = start
            while k + n.count <= s.count {
                if Array(s[k..<(k + n.count)]) == n { return k }
                k += 1
            }
            return nil
        }
        func verbatim(_ end: Int) -> (Markup, Int) {
            (.verbatim(String(String.UnicodeScalarView(s[i..<end]))), end)
        }
        let rest = { (length: Int) in String(String.UnicodeScalarView(s[i..<min(s.count, i + length)])) }
        if rest(9) == "<![CDATA[", let end = find("]]>", from: i + 9) { return verbatim(end + 3) }
        if rest(4) == "<!--", let end = find("-->", from: i + 2) { return verbatim(end + 3) }
        if rest(2) == "<!" || rest(2) == "<?", let end = find(">", from: i + 2) { return verbatim(end + 1) }
        var j = i + 1
        var closing = false
        if j < s.count, s[j] == "/" { closing = true; j += 1 }
        let nameStart = j
        guard j < s.count, s[j].isASCII, s[j].properties.isAlphabetic else { return nil }
        while j < s.count, !isSpace(s[j]), s[j] != "/", s[j] != ">" { j += 1 }
        let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
        if closing {
            guard let end = find(">", from: j) else { return nil }
            return (.end(name: name), end + 1)
        }
        var attributes: [(String, String?)] = []
        var selfClosing = false
        while true {
            while j < s.count, isSpace(s[j]) { j += 1 }
            guard j < s.count else { return nil }
            if s[j] == ">" { j += 1; break }
            if s[j] == "/", j + 1 < s.count, s[j + 1] == ">" { selfClosing = true; j += 2; break }
            let keyStart = j
            while j < s.count, !isSpace(s[j]), s[j] != "=", s[j] != ">", !(s[j] == "/" && j + 1 < s.count && s[j + 1] == ">") { j += 1 }
            if j == keyStart { j += 1; continue }
            let key = String(String.UnicodeScalarView(s[keyStart..<j])).lowercased()
            while j < s.count, isSpace(s[j]) { j += 1 }
            guard j < s.count, s[j] == "=" else { attributes.append((key, nil)); continue }
            j += 1
            while j < s.count, isSpace(s[j]) { j += 1 }
            guard j < s.count else { return nil }
            var value: [Unicode.Scalar]
            if s[j] == "\"" || s[j] == "'" {
                let quote = s[j]
                let valueStart = j + 1
                j = valueStart
                while j < s.count, s[j] != quote { j += 1 }
                guard j < s.count else { return nil }
                value = Array(s[valueStart..<j])
                j += 1
            } else {
                let valueStart = j
                while j < s.count, !isSpace(s[j]), s[j] != ">" { j += 1 }
                value = Array(s[valueStart..<j])
            }
            attributes.append((key, unescape(value)))
        }
        return (.start(name: name, attributes: attributes, selfClosing: selfClosing), j)
    }
}
