import Foundation

/// Links in bodies go to articles that exist in every region the text is shown in, to
/// headings that exist in the target, or to full `https://` addresses.
enum LinkRule {
    /// Schemes the site drops (docs/architecture.md, "Safe by default").
    static let unsafeSchemes = ["javascript", "vbscript", "file", "data"]
    static let fineSchemes = ["https", "mailto", "tel"]

    static func check(_ checker: Checker) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in checker.texts {
            for link in text.source.links {
                diagnostics += check(link, in: text, checker: checker)
            }
        }
        return diagnostics
    }

    static func check(_ link: LinkUse, in text: CheckedText, checker: Checker) -> [Diagnostic] {
        let destination = link.destination
        func error(_ message: String, hint: String? = nil) -> [Diagnostic] {
            [checker.error(text.path, link.position, message, hint: hint)]
        }
        // A variable (`{{region.login_url}}`) is checked by the variable rule.
        if destination.containsBytes("{{") { return [] }
        if destination.isEmpty { return error(Messages.Checks.emptyLink) }
        if let scheme = scheme(of: destination) {
            if fineSchemes.contains(scheme) { return [] }
            if scheme == "http" {
                return [checker.warning(text.path, link.position, Messages.Checks.httpLink, hint: Messages.Checks.httpLinkHint)]
            }
            if unsafeSchemes.contains(scheme) { return error(Messages.Checks.unsafeLink(destination, scheme: scheme)) }
            return [checker.warning(text.path, link.position, Messages.Checks.unusualScheme(scheme))]
        }
        let (target, anchor) = split(destination)
        guard Identifier.isValidID(target) || target.isEmpty else {
            let name = target.split(separator: "/").last.map { String($0) } ?? target
            let id = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
            let hint = Identifier.isValidID(id) ? Messages.Checks.linkByIDHint(id + (anchor.map { "#\($0)" } ?? "")) : nil
            return error(Messages.Checks.notArticleOrAddress(destination), hint: hint)
        }
        if target.isEmpty {
            guard let anchor, !anchor.isEmpty else { return error(Messages.Checks.emptyLink) }
            guard text.source.headings.contains(where: { $0.anchor == anchor }) else {
                return error(Messages.Checks.noAnchorInThisFile(anchor), hint: anchorHint(text.source.headings))
            }
            return []
        }
        if Article.linkablePages.contains(target) {
            return anchor == nil ? [] : error(Messages.Checks.pageWithoutHeadings(target, anchor: anchor ?? ""))
        }
                if let problem = ArticleTarget.problem(id: target, scope: text.scope, checker: checker) {
            return error(problem.message, hint: problem.hint)
        }
        guard let anchor else { return [] }
        // Each distinct version of the target the text links to must have the heading.
        var diagnostics: [Diagnostic] = []
        for version in checker.visibility.versions(of: target, in: text.scope) {
            if !version.headings.contains(where: { $0.anchor == anchor }) {
                diagnostics += error(Messages.Checks.noAnchorInArticle(anchor, article: target, region: version.regionCode), hint: anchorHint(version.headings))
            }
        }
        return diagnostics
    }

    /// The scheme of an absolute URL, lower-cased, or `nil` for a relative reference.
    static func scheme(of destination: String) -> String? {
        guard let colon = destination.firstIndex(of: ":") else { return nil }
        let scheme = destination[..<colon].unicodeScalars
        let isLetter = { (s: Unicode.Scalar) in (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        guard let first = scheme.first, isLetter(first),
              scheme.allSatisfy({ isLetter($0) || ($0 >= "0" && $0 <= "9") || $0 == "+" || $0 == "." || $0 == "-" })
        else { return nil }
        return String(scheme).lowercased()
    }

    /// `id#anchor` → (`id`, `anchor`), the anchor percent-decoded.
    static func split(_ destination: String) -> (String, String?) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
        let anchor = String(destination[destination.index(after: hash)...])
        let decoded = anchor.containsBytes("%") ? anchor.removingPercentEncoding ?? anchor : anchor
        return (String(destination[..<hash]), decoded)
    }

    static func anchorHint(_ headings: [Heading]) -> String {
        guard !headings.isEmpty else { return Messages.Checks.targetWithoutHeadings }
        return Messages.Checks.anchorsThere(headings.map { "#" + $0.anchor })
    }
}
