import Foundation
import KnowledgeBase
import Markdown

/// Renders an article's Markdown for the site: always safe, links between articles turned
/// into the region's addresses, headings given the anchors `spravka check` knows (made from
/// the text as written, before `Typography` places its no-break spaces in the text).
enum ArticleMarkdown {
    /// The HTML of `markdown` as region `code` shows it, rendered once per build for all
    /// regions (see ``MarkdownCache``).
    static func html(_ markdown: String, region code: String, site: SiteModel) -> String {
        site.markdown.html(markdown, region: code)
    }

    /// Renders `markdown` for region `code`; `links` counts the links to articles rewritten.
    static func render(_ markdown: String, region code: String) -> (html: String, links: Int) {
        let document = Document(parsing: markdown, options: .default)
        var headingTexts: [String] = []
        document.root.walk { node in
            if case .heading = node.kind { headingTexts.append(node.plainText) }
        }
        var links = 0
        let root = Typography.apply(to: rewriteLinks(document.root, region: code, count: &links))
        let renderer = HTMLRenderer(options: .default, headingIDs: Slug.anchors(for: headingTexts))
        return (renderer.render(root), links)
    }

    /// `[text](article-id#anchor)` → `/NN/article-id/#anchor`; other links are left alone.
    static func rewriteLinks(_ node: Node, region code: String, count: inout Int) -> Node {
        var node = node
        if case .link(let destination, let title) = node.kind, let path = articleLink(destination, region: code) {
            node.kind = .link(destination: path, title: title)
            count += 1
        }
        if !node.children.isEmpty {
            node.children = node.children.map { rewriteLinks($0, region: code, count: &count) }
        }
        return node
    }

    static func articleLink(_ destination: String, region code: String) -> String? {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let id = parts.first, !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        else { return nil }
        var path = SiteModel.articlePath(String(id), region: code)
        if parts.count == 2 { path += "#" + parts[1] }
        return path
    }
}
