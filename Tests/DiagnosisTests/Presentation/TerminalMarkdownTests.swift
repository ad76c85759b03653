import Diagnosis
import Testing

/// Markdown from the knowledge base in the operator's terminal: bold on a terminal, plain
/// otherwise, never a raw `**`.
@Suite struct TerminalMarkdownTests {
    let hint = """
        Что значат слова:

        - **Упрощённая** — сразу после регистрации.
        - **Подтверждённая** — когда личность подтверждена: <https://lk.gosuslugi.ru/settings/account>.

        1. Откройте [Госуслуги](https://www.gosuslugi.ru) и *войдите*.
        2. Нажмите `Выход`.
        """

    @Test func plainWithoutATerminal() {
        let text = TerminalMarkdown(bold: false).render(hint)
        #expect(text == """
            Что значат слова:

            - Упрощённая — сразу после регистрации.
            - Подтверждённая — когда личность подтверждена: https://lk.gosuslugi.ru/settings/account.

            1. Откройте Госуслуги (https://www.gosuslugi.ru) и войдите.
            2. Нажмите Выход.
            """)
        #expect(!text.contains("**"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func boldOnATerminal() {
        let text = TerminalMarkdown(bold: true).render(hint)
        #expect(text.contains("- \u{1B}[1mУпрощённая\u{1B}[22m — сразу после регистрации."))
        #expect(!text.contains("**"))
    }

    @Test func indentLooseListsAndRawHTML() {
        let text = TerminalMarkdown(bold: false).render("# Шаги\n\n1. Один\n\n   Пояснение.\n\n2. Два\n\n<div>скрыто</div>\n", indent: "  ")
        #expect(text == "  Шаги\n\n  1. Один\n\n     Пояснение.\n\n  2. Два")
    }
}
