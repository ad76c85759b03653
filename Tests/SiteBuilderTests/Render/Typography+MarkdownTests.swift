import Markdown
import Testing
@testable import SiteBuilder

/// The typography in a Markdown tree: only the text of paragraphs, headings and table cells
/// changes; code, addresses and attributes stay as written. No-break spaces show as `~`.
@Suite struct TypographyMarkdownTests {
    /// `markdown` rendered as the site renders it, no-break spaces shown as `~`.
    static func render(_ markdown: String) -> String {
        let root = Typography.apply(to: Document(parsing: markdown).root)
        return HTMLRenderer().render(root).replacingOccurrences(of: "\u{A0}", with: "~")
    }

    @Test func typesetsParagraphsHeadingsListsAndTables() {
        #expect(Self.render("## Вход в Дневник.ру\n\nОткройте сайт и нажмите «Войти» — это 5 мин.")
            == "<h2>Вход в~Дневник.ру</h2>\n<p>Откройте сайт и~нажмите «Войти»~— это 5~мин.</p>\n")
        #expect(Self.render("- до 14 лет\n- от 18 лет\n") == "<ul>\n<li>до~14~лет</li>\n<li>от~18~лет</li>\n</ul>\n")
        #expect(Self.render("> в школе\n") == "<blockquote>\n<p>в~школе</p>\n</blockquote>\n")
        #expect(Self.render("| Кто | Что |\n|---|---|\n| Госуслуги и МФЦ | с 14 лет |\n").contains("<td>Госуслуги и~МФЦ</td>\n<td>с~14~лет</td>"))
    }

    @Test func readsTheTextOfABlockAcrossLinksEmphasisAndCode() {
        #expect(Self.render("Откройте в [профиле](https://example.org) раздел")
            == "<p>Откройте в~<a href=\"https://example.org\">профиле</a> раздел</p>\n")
        #expect(Self.render("Войдите в **Дневник.ру** и *на Госуслуги*")
            == "<p>Войдите в~<strong>Дневник.ру</strong> и~<em>на~Госуслуги</em></p>\n")
        #expect(Self.render("Наберите в `поле поиска` слово") == "<p>Наберите в~<code>поле поиска</code> слово</p>\n")
        #expect(Self.render("**Логин** — это телефон") == "<p><strong>Логин</strong>~— это телефон</p>\n")
    }

    @Test func leavesCodeAddressesAndAttributesAsWritten() {
        #expect(Self.render("Код: `в 5 мин — и 1 000`") == "<p>Код: <code>в 5 мин — и 1 000</code></p>\n")
        #expect(Self.render("```\nв школе — 5 мин\n```\n") == "<pre><code>в школе — 5 мин\n</code></pre>\n")
        #expect(Self.render("    в школе\n") == "<pre><code>в школе\n</code></pre>\n")
        #expect(Self.render("[в школе](<https://example.org/в школе> \"в школе — 5 мин\")")
            == "<p><a href=\"https://example.org/%D0%B2%20%D1%88%D0%BA%D0%BE%D0%BB%D0%B5\" title=\"в школе — 5 мин\">в~школе</a></p>\n")
        #expect(Self.render("![в школе — 5 мин](a.png) и всё") == "<p><img src=\"a.png\" alt=\"в школе — 5 мин\" /> и~всё</p>\n")
        #expect(Self.render("Откройте <https://www.gosuslugi.ru/help?a=в> и войдите")
            == "<p>Откройте <a href=\"https://www.gosuslugi.ru/help?a=%D0%B2\">https://www.gosuslugi.ru/help?a=в</a> и~войдите</p>\n")
        #expect(Self.render("Сайт www.gosuslugi.ru и почта") == "<p>Сайт <a href=\"http://www.gosuslugi.ru\">www.gosuslugi.ru</a> и~почта</p>\n")
    }

    @Test func aSoftLineBreakStaysALineBreak() {
        #expect(Self.render("Войдите в\nпрофиль и\nнажмите") == "<p>Войдите в\nпрофиль и\nнажмите</p>\n")
    }

    @Test func aTreeWithoutPlacesToBindIsReturnedAsItIs() {
        let root = Document(parsing: "# Госуслуги\n\nНажмите «Войти».\n\n```\nв школе\n```\n").root
        #expect(Typography.apply(to: root) == root)
    }
}
