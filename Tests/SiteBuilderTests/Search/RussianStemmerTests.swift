import XCTest
@testable import SiteBuilder

final class RussianStemmerTests: XCTestCase {
    /// Pairs checked against the Snowball reference implementation (snowballstemmer 3.x,
    /// "russian"); several are from the algorithm's own sample vocabulary (вагон…, валять…).
    func testKnownSnowballPairs() {
        let pairs: [(String, String)] = [
            ("госуслуги", "госуслуг"),
            ("госуслугах", "госуслуг"),
            ("госуслугами", "госуслуг"),
            ("госуслуг", "госуслуг"),
            ("учётная", "учетн"),
            ("учетной", "учетн"),
            ("учётную", "учетн"),
            ("подтверждённая", "подтвержден"),
            ("подтвердить", "подтверд"),
            ("подтверждение", "подтвержден"),
            ("подтверждения", "подтвержден"),
            ("вагон", "вагон"),
            ("вагона", "вагон"),
            ("вагонов", "вагон"),
            ("важная", "важн"),
            ("важнее", "важн"),
            ("важнейшие", "важн"),
            ("важнейшими", "важн"),
            ("важничаешь", "важнича"),
            ("валандался", "валанда"),
            ("валерию", "валер"),
            ("валил", "вал"),
            ("валился", "вал"),
            ("валится", "вал"),
            ("валяется", "валя"),
            ("валялась", "валя"),
            ("валялись", "валя"),
            ("валять", "валя"),
            ("валяются", "валя"),
            ("вальсишку", "вальсишк"),
            ("дневник", "дневник"),
            ("дневнике", "дневник"),
            ("дневника", "дневник"),
            ("ребёнок", "ребенок"),
            ("ребенка", "ребенк"),
            ("детей", "дет"),
            ("снилс", "снилс"),
            ("свидетельство", "свидетельств"),
            ("свидетельства", "свидетельств"),
            ("регистрация", "регистрац"),
            ("зарегистрироваться", "зарегистрирова"),
            ("войти", "войт"),
            ("вход", "вход"),
            ("входа", "вход"),
            ("вошли", "вошл"),
            ("сделав", "сдела"),
            ("сделавши", "сдела"),
            ("сделавшись", "сдела"),
            ("открывшись", "откр"),
            ("читающий", "чита"),
            ("говорящий", "говоря"),
            ("лёгкость", "легкост"),
            ("красивейший", "красив"),
            ("длинный", "длин"),
            ("длинная", "длин"),
            ("ночь", "ноч"),
            ("пароль", "парол"),
            ("паролей", "парол"),
            ("школьная", "школьн"),
            ("школьный", "школьн"),
            ("учитель", "учител"),
            ("учительница", "учительниц"),
            ("родитель", "родител"),
            ("родителей", "родител"),
            ("связаться", "связа"),
            ("связывающимися", "связыва"),
            ("администратор", "администратор"),
            ("администратора", "администратор"),
            ("постановление", "постановлен"),
            ("электронный", "электрон"),
            ("электронная", "электрон"),
            ("мфц", "мфц"),
            ("почта", "почт"),
            ("почтой", "почт"),
            ("dnevnik", "dnevnik"),
            ("esia", "esia"),
            ("2024", "2024"),
            ("в", "в"),
            ("я", "я"),
            ("он", "он"),
            ("стройте", "стройт"),
            ("читайте", "чита"),
            ("бег", "бег"),
            ("дети", "дет"),
            ("смотрите", "смотр"),
            ("работающих", "работа"),
            ("организованность", "организован"),
        ]
        for (word, stem) in pairs {
            XCTAssertEqual(RussianStemmer.snowballStem(word), stem, word)
            XCTAssertEqual(RussianStemmer.stem(word), stem, word)
        }
    }

    func testNounsInPisAreNotReflexive() {
        // Snowball alone splits «запись» from its other forms.
        XCTAssertEqual(RussianStemmer.snowballStem("запись"), "зап")
        XCTAssertEqual(RussianStemmer.snowballStem("записи"), "запис")
        for word in ["запись", "записи", "записью", "записей", "записям"] {
            XCTAssertEqual(RussianStemmer.stem(word), "запис", word)
        }
        XCTAssertEqual(RussianStemmer.stem("подпись"), RussianStemmer.stem("подписью"))
        // Only nouns in «пись»; a reflexive verb still loses «сь».
        XCTAssertEqual(RussianStemmer.stem("зарегистрировалась"), "зарегистрирова")
    }

    func testFormsOfOneWordShareAStem() {
        XCTAssertEqual(Set(["госуслуги", "госуслугах", "госуслугами", "госуслугам", "госуслугу"].map(RussianStemmer.stem)), ["госуслуг"])
        XCTAssertEqual(Set(["учётная", "учетной", "учётную", "учётных", "учётной"].map(RussianStemmer.stem)), ["учетн"])
        // Participle and verb keep different stems: «подтвержден» against «подтверд».
        XCTAssertEqual(RussianStemmer.stem("подтверждённая"), "подтвержден")
        XCTAssertEqual(RussianStemmer.stem("подтверждённой"), "подтвержден")
        XCTAssertEqual(RussianStemmer.stem("подтвердить"), "подтверд")
    }

    func testYoIsFoldedToYe() {
        XCTAssertEqual(RussianStemmer.stem("ёлка"), RussianStemmer.stem("елка"))
        XCTAssertEqual(RussianStemmer.stem("ребёнок"), "ребенок")
        XCTAssertEqual(RussianStemmer.stem("всё"), "все")
    }

    func testStepsInIsolation() {
        // Perfective gerund of group 1 needs а or я before it; group 2 does not.
        XCTAssertEqual(RussianStemmer.stem("прочитав"), "прочита")
        XCTAssertEqual(RussianStemmer.stem("заполнив"), "заполн")
        // Reflexive, then a verb ending.
        XCTAssertEqual(RussianStemmer.stem("входится"), "вход")
        // Superlative, then undoubling of н: «длиннейший» → «длин».
        XCTAssertEqual(RussianStemmer.stem("длиннейший"), "длин")
        // Derivational «ост(ь)» goes only when it lies in R2; there, н is undoubled after it.
        XCTAssertEqual(RussianStemmer.stem("организованность"), "организован")
        XCTAssertEqual(RussianStemmer.stem("сложность"), "сложност")
        // Soft sign at the end.
        XCTAssertEqual(RussianStemmer.stem("пароль"), "парол")
    }

    func testWordsWithoutRussianVowelsAreUnchanged() {
        for word in ["dnevnik", "esia", "2024", "мфц", "снилс", "в", ""] {
            XCTAssertEqual(RussianStemmer.stem(word), word)
        }
    }

    func testStemIsAPrefixOfTheFoldedWord() {
        for word in ["госуслугами", "подтверждённая", "длиннейший", "связывающимися", "учётную"] {
            let folded = word.replacingOccurrences(of: "ё", with: "е")
            XCTAssertTrue(folded.hasPrefix(RussianStemmer.stem(word)), word)
        }
    }
}
