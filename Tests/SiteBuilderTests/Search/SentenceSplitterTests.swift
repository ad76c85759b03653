import Markdown
import XCTest
@testable import SiteBuilder

final class SentenceSplitterTests: XCTestCase {
    func testSplitsAtSentenceEnds() {
        XCTAssertEqual(
            SentenceSplitter.sentences(in: "Войдите в банк. Найдите услугу! Готово? «Да» — 14 лет."),
            ["Войдите в банк.", "Найдите услугу!", "Готово?", "«Да» — 14 лет."])
    }

    func testKeepsAbbreviationsAndLowerCaseContinuations() {
        XCTAssertEqual(SentenceSplitter.sentences(in: "Приходите в МФЦ г. Омска, т. е. лично."), ["Приходите в МФЦ г. Омска, т. е. лично."])
        XCTAssertEqual(SentenceSplitter.sentences(in: "Адрес dnevnik.ru. Далее"), ["Адрес dnevnik.ru.", "Далее"])
        XCTAssertEqual(SentenceSplitter.sentences(in: "Сайт dnevnik.ru работает"), ["Сайт dnevnik.ru работает"])
    }

    func testClosingQuotesStayWithTheirSentenceAndSpaceIsCollapsed() {
        XCTAssertEqual(SentenceSplitter.sentences(in: "  Нажмите «Войти.»  Потом\n ждите.  "), ["Нажмите «Войти.»", "Потом ждите."])
    }

    func testMarkdownBodyGivesParagraphsHeadingsItemsAndCellsWithTheirFields() {
        let body = Document(parsing: """
        ## Что понадобится

        - Паспорт и [СНИЛС](data-snils). Телефон.

        | Кто | Что |
        |---|---|
        | Родитель | Код |

            код не индексируется
        """)
        XCTAssertEqual(
            SearchDocument.sentences(of: body),
            [.heading("Что понадобится"), "Паспорт и СНИЛС.", "Телефон.", "Кто", "Что", "Родитель", "Код"])
    }
}
