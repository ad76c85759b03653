import Diagnosis
import XCTest

final class OperatorInputTests: XCTestCase {
    let yesNo = ["yes", "no", "unknown"]

    func testNumbersZeroAndValueIDs() {
        XCTAssertEqual(OperatorInput("1", fact: "fio_match", answers: yesNo), .answer("yes"))
        XCTAssertEqual(OperatorInput(" 2 ", fact: "fio_match", answers: yesNo), .answer("no"))
        XCTAssertEqual(OperatorInput("0", fact: "fio_match", answers: yesNo), .answer("unknown"))
        XCTAssertEqual(OperatorInput("no", fact: "fio_match", answers: yesNo), .answer("no"))
        XCTAssertEqual(OperatorInput("3", fact: "fio_match", answers: yesNo), .invalid(options: 2))
        XCTAssertEqual(OperatorInput("", fact: "fio_match", answers: yesNo), .invalid(options: 2))
    }

    func testCommandsInBothLayouts() {
        for back in ["н", "Н", "b", "y"] { XCTAssertEqual(OperatorInput(back, fact: "who", answers: yesNo), .back) }
        for quit in ["q", "й"] { XCTAssertEqual(OperatorInput(quit, fact: "who", answers: yesNo), .quit) }
        XCTAssertEqual(OperatorInput("?", fact: "who", answers: yesNo), .hint)
    }

    func testChecksOnlyWhereTheyHelp() {
        XCTAssertEqual(OperatorInput("с", fact: "snils_match", answers: yesNo), .checkSNILS)
        XCTAssertEqual(OperatorInput("с", fact: "fio_match", answers: yesNo), .invalid(options: 2))
        XCTAssertEqual(OperatorInput("ф", fact: "fio_match", answers: yesNo), .compareNames)
        XCTAssertEqual(OperatorInput("ф", fact: "snils_match", answers: yesNo), .invalid(options: 2))
    }
}
