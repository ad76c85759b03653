import Testing
@testable import SiteBuilder

/// A Markdown text rendered once for every region gives each region the HTML that rendering
/// it for that region alone gives.
@Suite struct MarkdownCacheTests {
    static let texts = [
        "Откройте [вход](login-website) и [ответы](faq#kak-voyti) — или [Госуслуги](https://www.gosuslugi.ru).\n",
        "## Вход в Дневник.ру\n\nБез ссылок на статьи: один и тот же текст во всех регионах.\n",
        "Ссылка в коде: `[вход](login-website)` и [вход](login-website).\n",
        "",
    ]

    @Test func givesEachRegionItsOwnLinksAndTheSameHTMLAsRenderingAlone() {
        let cache = MarkdownCache()
        for code in ["55", "78", "29", "55"] {
            for text in Self.texts {
                #expect(cache.html(text, region: code) == ArticleMarkdown.render(text, region: code).html)
            }
        }
        #expect(cache.html(Self.texts[0], region: "78").contains("href=\"/78/faq/#kak-voyti\""))
    }

    @Test func rendersForEveryRegionATextThatHoldsThePlaceholder() {
        let cache = MarkdownCache()
        let text = "Слово \(MarkdownCache.placeholder) и [вход](login-website).\n"
        for code in ["55", "78"] {
            let html = cache.html(text, region: code)
            #expect(html == ArticleMarkdown.render(text, region: code).html)
            #expect(html.contains("href=\"/\(code)/login-website/\""))
            #expect(html.contains(MarkdownCache.placeholder))
        }
    }

    @Test func rendersForItselfARegionCodeThatAnAddressWouldEscape() {
        let cache = MarkdownCache()
        #expect(cache.html(Self.texts[0], region: "5 5") == ArticleMarkdown.render(Self.texts[0], region: "5 5").html)
        #expect(cache.html(Self.texts[0], region: "5 5").contains("href=\"/5%205/login-website/\""))
    }

    @Test func splitsByBytes() {
        #expect(MarkdownCache.pieces(of: "a--b--", at: "--") == ["a", "b", ""])
        #expect(MarkdownCache.pieces(of: "ёлка", at: "--") == ["ёлка"])
        #expect(MarkdownCache.pieces(of: "", at: "--") == [""])
        #expect(MarkdownCache.pieces(of: "---", at: "--") == ["", "-"])
    }
}
