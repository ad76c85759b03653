import Foundation

/// The HTML of each distinct Markdown text the site shows, rendered once per build and filled
/// in for each region. Most article bodies, wizard texts and remedies read the same in many
/// regions once their variables are replaced; what still depends on the region is where links
/// between articles point (`/NN/article/`). So a text is rendered once with a placeholder for
/// the region code, and each region's HTML is the pieces joined by its code.
///
/// Safe to use from the parallel renderers.
final class MarkdownCache: @unchecked Sendable {
    /// Stands for the region code in a link rendered once for every region: letters and
    /// digits, which an `href` keeps as they are.
    static let placeholder = "spravkaRegionCode7q"

    private enum Rendered {
        /// The HTML split at the placeholder, one piece more than links to articles.
        case pieces([String])
        /// The placeholder would not be safe to use (the text holds it): render every time.
        case perRegion
    }

    private let lock = NSLock()
    private var rendered: [UTF8Key: Rendered] = [:]

    func html(_ markdown: String, region code: String) -> String {
        // The code stands where the placeholder stood only if an `href` keeps it as it is too
        // (region codes are two digits).
        guard !code.isEmpty, code.utf8.allSatisfy(Self.isLetterOrDigit) else {
            return ArticleMarkdown.render(markdown, region: code).html
        }
        let key = UTF8Key(markdown)
        let known = lock.withLock { rendered[key] }
        switch known ?? render(key) {
        case .pieces(let pieces):
            return pieces.count == 1 ? pieces[0] : pieces.joined(separator: code)
        case .perRegion:
            return ArticleMarkdown.render(markdown, region: code).html
        }
    }

    private func render(_ key: UTF8Key) -> Rendered {
        let result: Rendered
        if Self.pieces(of: key.string, at: Self.placeholder).count > 1 {
            result = .perRegion
        } else {
            let (html, links) = ArticleMarkdown.render(key.string, region: Self.placeholder)
            let pieces = Self.pieces(of: html, at: Self.placeholder)
            // Every placeholder must come from a link the renderer rewrote, and none be lost.
            result = pieces.count == links + 1 ? .pieces(pieces) : .perRegion
        }
        lock.withLock { rendered[key] = result }
        return result
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// `text` split at every `separator`, by bytes (Foundation's `components(separatedBy:)`
    /// compares characters and costs more than rendering the text).
    static func pieces(of text: String, at separator: String) -> [String] {
        let haystack = Array(text.utf8)
        let needle = Array(separator.utf8)
        guard let first = needle.first else { return [text] }
        var pieces: [String] = []
        var start = 0
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
                pieces.append(String(decoding: haystack[start..<index], as: UTF8.self))
                index += needle.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(String(decoding: haystack[start...], as: UTF8.self))
        return pieces
    }
}
