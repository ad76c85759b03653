import Diagnosis
import XCTest

/// The SNILS check digits: weights 9…1; below 100 as is; 100 and 101 give 00; above, modulo
/// 101 with 100 giving 00; numbers up to 001-001-998 not checked.
final class SNILSTests: XCTestCase {
    func testValidNumberInAnySpelling() throws {
        for text in ["112-233-445 95", "11223344595", " 112 233 445 95 ", "112–233–445–95", "112-233-445-95"] {
            let snils = try SNILS(reading: text)
            XCTAssertTrue(snils.isValid, text)
            XCTAssertTrue(snils.isChecked, text)
            XCTAssertEqual(snils.description, "112-233-445 95")
        }
    }

    func testInvalidNumberSaysWhatTheCheckShouldBe() throws {
        let snils = try SNILS(reading: "112-233-445 96")
        XCTAssertFalse(snils.isValid)
        XCTAssertEqual(snils.checkNumber, 96)
        XCTAssertEqual(snils.expectedCheckNumber, 95)
    }

    func testSumBelow100IsTheCheckNumber() {
        XCTAssertEqual(SNILS.checkNumber(forDigits: [1, 1, 2, 2, 3, 3, 4, 4, 5]), 95)
    }

    func testSums100And101GiveZero() throws {
        // 001-508-815: weighted sum 100; 001-437-544: 101.
        XCTAssertEqual(SNILS.checkNumber(forDigits: [0, 0, 1, 5, 0, 8, 8, 1, 5]), 0)
        XCTAssertEqual(SNILS.checkNumber(forDigits: [0, 0, 1, 4, 3, 7, 5, 4, 4]), 0)
        XCTAssertTrue(try SNILS(reading: "001-508-815 00").isValid)
        XCTAssertTrue(try SNILS(reading: "001-437-544 00").isValid)
        XCTAssertFalse(try SNILS(reading: "001-437-544 01").isValid)
    }

    func testSumsAbove101TakeTheRemainder() {
        // 002-569-961: sum 150 → 49; 006-996-682: sum 201 → remainder 100 → 00.
        XCTAssertEqual(SNILS.checkNumber(forDigits: [0, 0, 2, 5, 6, 9, 9, 6, 1]), 49)
        XCTAssertEqual(SNILS.checkNumber(forDigits: [0, 0, 6, 9, 9, 6, 6, 8, 2]), 0)
    }

    func testNumbersUpTo001001998AreNotChecked() throws {
        let last = try SNILS(reading: "001-001-998 12")
        XCTAssertFalse(last.isChecked)
        XCTAssertTrue(last.isValid)
        let first = try SNILS(reading: "001-001-999 12")
        XCTAssertTrue(first.isChecked)
        XCTAssertEqual(first.isValid, first.expectedCheckNumber == 12)
        XCTAssertFalse(first.isValid)
    }

    func testLikelyTyposAreAdjacentSwapsThatPass() throws {
        let typed = try SNILS(reading: "112-233-454 95")
        XCTAssertFalse(typed.isValid)
        XCTAssertTrue(typed.likelyTypos.map(\.description).contains("112-233-445 95"))
        for typo in typed.likelyTypos { XCTAssertTrue(typo.isValid) }
        XCTAssertEqual(try SNILS(reading: "112-233-445 95").likelyTypos, [])
    }

    func testUnreadable() {
        XCTAssertThrowsError(try SNILS(reading: "")) { XCTAssertEqual($0 as? SNILSReadError, .empty) }
        XCTAssertThrowsError(try SNILS(reading: "112-233-445")) { XCTAssertEqual($0 as? SNILSReadError, .wrongDigitCount(9)) }
        XCTAssertThrowsError(try SNILS(reading: "112-233-445 9O")) {
            XCTAssertEqual($0 as? SNILSReadError, .unexpectedCharacter("O", position: 14))
        }
    }
}
