import SpravkaCLI
import XCTest

/// `spravka snils`: exit 0 valid, 1 invalid, 2 unreadable.
final class SnilsCommandTests: XCTestCase {
    func testValid() {
        XCTAssertEqual(spravka("snils", "112-233-445 95"), Transcript(
            status: 0, stdout: "Контрольное число 95 верное: СНИЛС набран без ошибок в контрольной сумме.\n"))
        XCTAssertEqual(spravka("snils", "112-233-445", "95").status, 0)
    }

    func testInvalidWithLikelySwap() {
        XCTAssertEqual(spravka("snils", "112-233-454 95"), Transcript(
            status: 1,
            stdout: "Контрольное число неверное: введено 95, а для этих девяти цифр должно быть 96. Возможно, переставлены соседние цифры: 8-я и 9-я.\n"))
    }

    func testBelowThreshold() {
        XCTAssertEqual(spravka("snils", "001-001-998 12").status, 0)
        XCTAssertEqual(spravka("snils", "001-001-999 12").status, 1)
    }

    func testHundredAndHundredOne() {
        XCTAssertEqual(spravka("snils", "001-508-815 00").status, 0)
        XCTAssertEqual(spravka("snils", "001-437-544 00").status, 0)
        XCTAssertEqual(spravka("snils", "001-437-544 01").status, 1)
    }

    func testUnreadable() {
        XCTAssertEqual(spravka("snils", "12345"), Transcript(status: 2, stdout: "", stderr: "Это не СНИЛС: 5 цифр, а нужно 11.\n"))
        XCTAssertEqual(spravka("snils", "112-233-445 9O").status, 2)
    }
}
