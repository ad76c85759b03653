import XCTest
import KnowledgeBase

final class SlugTests: XCTestCase {
    func testSlugKeepsCyrillicAndDropsPunctuation() {
        XCTAssertEqual(Slug.make("Что делать, если «профиль не найден»?"), "что-делать-если-профиль-не-найден")
        XCTAssertEqual(Slug.make("Шаг 2: СНИЛС_и ФИО-проверка"), "шаг-2-снилс_и-фио-проверка")
        XCTAssertEqual(Slug.make("В\u{00A0}следующий раз"), "в-следующий-раз")
    }

    func testRepeatedHeadingsGetNumberedAnchors() {
        XCTAssertEqual(Slug.anchors(for: ["Шаги", "Шаги", "Шаги-1", "Шаги"]), ["шаги", "шаги-1", "шаги-1-1", "шаги-2"])
    }
}
