import XCTest
@testable import SiteBuilder

final class TokenizerTests: XCTestCase {
    func testWordsAreLowerCasedAndYoIsFolded() {
        XCTAssertEqual(Tokenizer.words(in: "Учётная запись на Госуслугах, ЁЖИК!"), ["учетная", "запись", "на", "госуслугах", "ежик"])
    }

    func testHyphensAndPunctuationSplitWords() {
        XCTAssertEqual(Tokenizer.words(in: "онлайн-банк"), ["онлайн", "банк"])
        XCTAssertEqual(Tokenizer.words(in: "8-800-381-1234"), ["8", "800", "381", "1234"])
        XCTAssertEqual(Tokenizer.words(in: "Дневник.ру (dnevnik.ru)"), ["дневник", "ру", "dnevnik", "ru"])
        XCTAssertEqual(Tokenizer.words(in: "«Семья и дети»—раздел"), ["семья", "и", "дети", "раздел"])
        XCTAssertEqual(Tokenizer.words(in: "14–17 лет"), ["14", "17", "лет"])
    }

    func testStressMarksAndSoftHyphensStayInsideAWord() {
        XCTAssertEqual(Tokenizer.words(in: "за\u{301}мок"), ["замок"])
        XCTAssertEqual(Tokenizer.words(in: "госус\u{AD}луги"), ["госуслуги"])
        // A decomposed й (и + combining breve) is composed first, not dropped.
        XCTAssertEqual(Tokenizer.words(in: "и\u{306}од"), ["йод"])
    }

    func testEmptyAndSeparatorOnlyText() {
        XCTAssertEqual(Tokenizer.words(in: ""), [])
        XCTAssertEqual(Tokenizer.words(in: " ,.-— \n\t"), [])
    }

    func testEndsInWord() {
        XCTAssertTrue(Tokenizer.endsInWord("вход госусл"))
        XCTAssertFalse(Tokenizer.endsInWord("вход госусл "))
        XCTAssertFalse(Tokenizer.endsInWord("вход."))
        XCTAssertFalse(Tokenizer.endsInWord(""))
    }
}
