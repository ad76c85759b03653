import SpravkaCLI
import XCTest

/// `spravka compare-names`: exit 0 identical, 1 different, 2 unusable.
final class CompareNamesCommandTests: XCTestCase {
    func testIdentical() {
        XCTAssertEqual(spravka("compare-names", "Иванов Иван", "Иванов Иван"),
                       Transcript(status: 0, stdout: "ФИО совпадают буква в букву.\n"))
    }

    func testEachDifferenceOnItsOwnLine() {
        XCTAssertEqual(spravka("compare-names", "Семёнов Пётр", "Семенов  Пётр"), Transcript(status: 1, stdout: """
            ФИО 2: два пробела подряд (9-й символ).
            В ФИО 1 «ё» (4-й символ), а в ФИО 2 — «е» (4-й символ).

            """))
        XCTAssertEqual(spravka("compare-names", "Иванов Иван", "Ивaнов Иван"), Transcript(status: 1, stdout:
            "ФИО 2, 3-й символ: латинская «a» вместо русской «а» — на вид одинаковы, но для Дневник.ру это разные буквы.\n"))
        XCTAssertEqual(spravka("compare-names", "Иванов Иван Иванович", "Иванов Иван"),
                       Transcript(status: 1, stdout: "В ФИО 2 нет отчества, а в другом оно есть.\n"))
    }

    func testUnusable() {
        XCTAssertEqual(spravka("compare-names", "", "Иванов").status, 2)
        XCTAssertEqual(spravka("compare-names", "Иванов 1", "Иванов").status, 2)
    }
}
