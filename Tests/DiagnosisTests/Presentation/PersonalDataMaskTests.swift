import Diagnosis
import XCTest

final class PersonalDataMaskTests: XCTestCase {
    func testSNILSAndPhonesAreMasked() {
        XCTAssertEqual(PersonalDataMask.mask("СНИЛС 112-233-445 95, звоните"), "СНИЛС •••-•••-••• ••, звоните")
        XCTAssertEqual(PersonalDataMask.mask("тел. +7 (913) 555-12-34"), "тел. +• (•••) •••-••-••")
        XCTAssertEqual(PersonalDataMask.mask("11223344595"), "•••••••••••")
        XCTAssertEqual(PersonalDataMask.mask("381-12-34"), "•••-••-••")
    }

    func testShortNumbersAndDatesStay() {
        XCTAssertEqual(PersonalDataMask.mask("вопрос 3 из 14, 01.10.2017"), "вопрос 3 из 14, 01.10.2017")
        XCTAssertEqual(PersonalDataMask.mask("код 123 45"), "код 123 45")
    }
}
