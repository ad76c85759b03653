import Diagnosis
import XCTest

/// Each kind of difference between two full names, found and placed.
final class NameComparerTests: XCTestCase {
    private func differences(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) -> [NameDifference] {
        guard case .different(let differences) = NameComparer.compare(a, b) else {
            XCTFail("expected differences", file: file, line: line)
            return []
        }
        return differences
    }

    func testIdentical() {
        XCTAssertEqual(NameComparer.compare("Иванов Иван Иванович", "Иванов Иван Иванович"), .identical)
    }

    func testYoVersusYe() {
        XCTAssertEqual(differences("Семёнов Пётр", "Семенов Пётр"), [.yoVersusYe(position1: 4, position2: 4, yoIn: 1)])
    }

    func testLatinLookalikesWithPositions() {
        // Latin "o" at 5 and Latin "C" at 8.
        XCTAssertEqual(differences("Иванов Сергей", "Иванoв Cергей"), [
            .latinLookalike(name: 2, position: 5, latin: "o", cyrillic: "о"),
            .latinLookalike(name: 2, position: 8, latin: "C", cyrillic: "С"),
        ])
    }

    func testSpaces() {
        XCTAssertEqual(differences("Иванов Иван", " Иванов  Иван "), [
            .spacing(name: 2, position: 1, kind: .leading),
            .spacing(name: 2, position: 9, kind: .doubled),
            .spacing(name: 2, position: 14, kind: .trailing),
        ])
        XCTAssertEqual(differences("Иванов Иван", "Иванов\u{A0}Иван"), [
            .spacing(name: 2, position: 7, kind: .unusual("\u{A0}")),
        ])
    }

    func testHyphenVariants() {
        XCTAssertEqual(differences("Петрова-Водкина Анна", "Петрова–Водкина Анна"), [
            .hyphen(name: 2, position: 8, character: "–"),
        ])
        XCTAssertEqual(differences("Петрова-Водкина Анна", "Петрова - Водкина Анна"), [
            .spaceAroundHyphen(name: 2, position: 9),
        ])
    }

    func testLetterCase() {
        XCTAssertEqual(differences("Иванов Иван", "иванов ИВАН"), [
            .letterCase(position1: 1, position2: 1),
            .letterCase(position1: 9, position2: 9),
            .letterCase(position1: 10, position2: 10),
            .letterCase(position1: 11, position2: 11),
        ])
    }

    func testMissingPatronymic() {
        XCTAssertEqual(differences("Иванов Иван Иванович", "Иванов Иван"), [.missingPatronymic(missingIn: 2)])
        XCTAssertEqual(differences("Иванов Иван", "Иванов Иван Иванович"), [.missingPatronymic(missingIn: 1)])
    }

    func testSwappedOrder() {
        XCTAssertEqual(differences("Иванов Иван Иванович", "Иван Иванович Иванов"), [.swappedOrder])
    }

    func testDifferentLetters() {
        XCTAssertEqual(differences("Иванов Иван", "Иваное Иван"), [.differentWord(word: 1, first: "Иванов", second: "Иваное")])
    }

    func testSeveralKindsAtOnce() {
        let found = differences("Семёнов Иван", "семенов  Иван")
        XCTAssertTrue(found.contains(.yoVersusYe(position1: 4, position2: 4, yoIn: 1)))
        XCTAssertTrue(found.contains(.letterCase(position1: 1, position2: 1)))
        XCTAssertTrue(found.contains(.spacing(name: 2, position: 9, kind: .doubled)))
    }

    func testUnusable() {
        XCTAssertEqual(NameComparer.compare("", "Иванов"), .unusable(name: 1, reason: .empty))
        XCTAssertEqual(NameComparer.compare("Иванов", "  - "), .unusable(name: 2, reason: .empty))
        XCTAssertEqual(NameComparer.compare("Иванов 2", "Иванов"), .unusable(name: 1, reason: .unexpectedCharacter("2", position: 8)))
    }
}
