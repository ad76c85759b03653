import XCTest
@testable import SiteBuilder

final class KeyboardLayoutTests: XCTestCase {
    func testLatinTypedRussianBecomesCyrillic() {
        XCTAssertEqual(KeyboardLayout.toCyrillic("ujcecke;b"), "госуслужи") // `;` is ж
        XCTAssertEqual(KeyboardLayout.toCyrillic("ujceckeub"), "госуслуги")
        XCTAssertEqual(KeyboardLayout.toCyrillic("lytdybr"), "дневник")
        XCTAssertEqual(KeyboardLayout.toCyrillic("`;',.[]"), "ёжэбюхъ")
        XCTAssertEqual(KeyboardLayout.toCyrillic("~:\"<>{}"), "ЁЖЭБЮХЪ")
        XCTAssertEqual(KeyboardLayout.toCyrillic("Cybkc"), "Снилс")
    }

    func testCyrillicTypedLatinBecomesLatin() {
        XCTAssertEqual(KeyboardLayout.toLatin("втумтшл"), "dnevnik")
        XCTAssertEqual(KeyboardLayout.toLatin("ёжэбюхъ"), "`;',.[]")
        XCTAssertEqual(KeyboardLayout.toLatin("ЕСИА"), "TCBF")
    }

    func testOtherCharactersPassThrough() {
        XCTAssertEqual(KeyboardLayout.toCyrillic("8-800 / ?!"), "8-800 / ?!")
        XCTAssertEqual(KeyboardLayout.toLatin("8-800 / ?!"), "8-800 / ?!")
        // Cyrillic passes through the Latin→Cyrillic direction untouched, and vice versa.
        XCTAssertEqual(KeyboardLayout.toCyrillic("вход ujcecke;b"), "вход госуслужи")
        XCTAssertEqual(KeyboardLayout.toLatin("esia вход"), "esia d[jl")
    }

    func testRoundTripOverEveryKey() {
        let latin = String(String.UnicodeScalarView(KeyboardLayout.latinKeys + KeyboardLayout.shiftedLatinKeys))
        let cyrillic = String(String.UnicodeScalarView(KeyboardLayout.cyrillicKeys + KeyboardLayout.shiftedCyrillicKeys))
        XCTAssertEqual(latin.unicodeScalars.count, 66)
        XCTAssertEqual(Set(cyrillic.unicodeScalars).count, 66)
        XCTAssertEqual(KeyboardLayout.toCyrillic(latin), cyrillic)
        XCTAssertEqual(KeyboardLayout.toLatin(cyrillic), latin)
    }
}
