/// Heading anchors, as `docs/content-format.md` defines them: lower-cased, spaces (no-break
/// spaces too, which Russian typography puts after short words) become `-`, punctuation is
/// removed, letters of every script (Cyrillic included) and digits are kept.
public enum Slug {
    /// The slug of one heading's text: `Что делать, если…` → `что-делать-если`.
    public static func make(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isWhitespace {
                slug.append("-")
            } else if character == "-" || character == "_" || character.isLetter || character.isNumber {
                slug.append(character)
            }
        }
        return slug
    }

    /// The anchors of an article's headings, in order: a repeated slug gets `-1`, `-2`, …
    /// (as on GitHub), so that every heading has its own anchor.
    public static func anchors(for texts: [String]) -> [String] {
        var used: [String: Int] = [:]
        var taken = Set<String>()
        return texts.map { text in
            let base = make(text)
            var anchor = base
            var count = used[base, default: 0]
            while taken.contains(anchor) {
                count += 1
                anchor = "\(base)-\(count)"
            }
            used[base] = count
            taken.insert(anchor)
            return anchor
        }
    }
}
