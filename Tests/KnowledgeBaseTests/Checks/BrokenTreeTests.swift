import XCTest
import KnowledgeBase

/// `Fixtures/broken/Articles` holds one or more mistakes per file; every one must be reported
/// at its exact position, and nothing else.
final class BrokenTreeTests: XCTestCase {
    /// A small contract, so that the fixture can break each of its rules with a few files.
    static let contract = DiagnosticContract(
        facts: [
            .init("symptom", ["login-fails", "other"]),
            .init("who", ["parent", "student"]),
            .init("age", ["child", "adult"]),
            .init("spare", ["yes", "no"]),
        ],
        causes: [
            .init("c-one", symptoms: .listed(["login-fails"]), conditions: [.equals("age", "child")], fixBy: [.parent]),
            .init("c-two", symptoms: .listed(["login-fails"]), conditions: [.equals("who", "parent")], fixBy: [.school]),
        ],
        implications: [])

    /// 29 has no region file in the fixture.
    static let subjects = [FederalSubject(code: "29", name: "Архангельская область")] + Fixtures.subjects

    func testReportsEveryProblemAtItsPosition() {
        let (_, diagnostics) = Fixtures.load("broken", contract: Self.contract, subjects: Self.subjects)
        let actual = diagnostics.map { "\($0.path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
        let expected = Self.expected
        for line in expected where !actual.contains(line) {
            XCTFail("not reported: \(line)")
        }
        for line in actual where !expected.contains(line) {
            XCTFail("unexpected: \(line)")
        }
        XCTAssertEqual(actual, expected, "order")
    }

    static let expected = [
        "Articles/README.md:1:1: warning: файл лежит не на своём месте в базе знаний и пропускается",
        "Articles/articles/Bad_Name.md:1:1: error: неверное имя файла «Bad_Name.md»: id статьи пишется строчными латинскими буквами, цифрами и дефисами",
        "Articles/articles/empty.md:8:1: error: пустой текст: статья ничего не показывает",
        "Articles/articles/links.md:11:5: error: нет статьи «no-such-article»",
        "Articles/articles/links.md:11:35: error: в статье «good» нет заголовка с якорем «#нет-главы»",
        "Articles/articles/links.md:11:64: error: ссылка «good.md» — не id статьи и не полный адрес https://",
        "Articles/articles/links.md:12:1: error: небезопасная ссылка «javascript:alert(1)»: сайт удаляет ссылки «javascript:»",
        "Articles/articles/links.md:12:32: warning: ссылка на адрес http://",
        "Articles/articles/links.md:13:28: error: в этом файле нет заголовка с якорем «#чужая»",
        "Articles/articles/links.md:14:1: error: статья «hotline» не показывается в 2 регионах: 70, 77, где есть этот текст",
        "Articles/articles/missing-keys.md:1:1: error: нет обязательного ключа «about»",
        "Articles/articles/missing-keys.md:1:1: error: нет обязательного ключа «audience»",
        "Articles/articles/missing-keys.md:1:1: error: нет обязательного ключа «summary»",
        "Articles/articles/missing-keys.md:1:1: error: нет обязательного ключа «topic»",
        "Articles/articles/missing-keys.md:1:1: error: нет обязательного ключа «updated»",
        "Articles/articles/missing-keys.md:3:1: error: неизвестный ключ «sumary»",
        "Articles/articles/no-opening.md:1:1: error: нет открывающей строки «---»: файл начинается с блока ключей",
        "Articles/articles/not-utf8.md:1:1: error: файл не в кодировке UTF-8",
        "Articles/articles/syntax.md:3:10: error: не закрыты двойные кавычки",
        "Articles/articles/syntax.md:6:1: error: табуляция в отступе; делайте отступ пробелами",
        "Articles/articles/syntax.md:7:4: error: неверный отступ: нужно 2 пробела, как в строке 5",
        "Articles/articles/syntax.md:10:1: error: ключ «topic» повторяется (впервые — в строке 8)",
        "Articles/articles/syntax.md:12:10: error: запись «{…}» не поддерживается",
        "Articles/articles/syntax.md:13:1: error: значение ключа «regions» — список, а не набор «ключ: значение»",
        "Articles/articles/syntax.md:15:5: error: вложенные наборы «ключ: значение» не поддерживаются",
        "Articles/articles/syntax.md:16:7: error: после «:» нужен пробел",
        "Articles/articles/unclosed.md:1:1: error: нет закрывающей строки «---» после ключей",
        "Articles/articles/values.md:2:8: warning: в конце заголовка стоит точка",
        "Articles/articles/values.md:4:20: error: неизвестное значение «parents» у ключа «audience»",
        "Articles/articles/values.md:5:8: error: неизвестное значение «logn» у ключа «topic»",
        "Articles/articles/values.md:7:10: error: неверная дата «2024-02-30»: пишите ГГГГ-ММ-ДД",
        "Articles/articles/values.md:8:11: error: неверный код региона «5»: код региона — две цифры, как в 55.dnevnik.ru",
        "Articles/articles/values.md:8:14: error: неизвестный код региона «99»: такого субъекта федерации нет",
        "Articles/articles/values.md:8:20: error: у региона 29 нет файла regions/29.md",
        "Articles/articles/values.md:9:11: error: нет статьи «missing-one»",
        "Articles/articles/values.md:9:30: error: неверный id статьи «Bad_Id»: id пишется строчными латинскими буквами, цифрами и дефисами",
        "Articles/articles/values.md:10:8: error: значение «order» — целое число, а не «ten»",
        "Articles/articles/values.md:11:10: error: значение «history» — true или false, а не «yes»",
        "Articles/articles/variables.md:2:19: error: у {{region.name_in}} нет значения для региона 77",
        "Articles/articles/variables.md:3:17: error: у {{region.school_hours}} нет значения для 3 регионов: 55, 70, 77",
        "Articles/articles/variables.md:9:10: error: у {{region.hotline}} нет значения для 2 регионов: 70, 77",
        "Articles/articles/variables.md:9:30: error: неизвестная переменная региона {{region.nme}}",
        "Articles/articles/variables.md:9:46: error: неверно записана переменная региона «{{ region.name }}»",
        "Articles/articles/variables.md:9:65: error: {{region.decrees}} — список, его нельзя использовать как переменную",
        "Articles/articles/variables.md:11:1: warning: в заголовке есть переменная региона, поэтому его якорь в каждом регионе свой",
        "Articles/articles/variables.md:11:12: error: у {{region.name_in}} нет значения для региона 77",
        "Articles/diagnosis/causes/c-one.md:4:1: warning: в «fix_by» не указан «parent», хотя по контракту он тоже устраняет эту причину",
        "Articles/diagnosis/causes/c-one.md:5:10: error: нет статьи «no-such»",
        "Articles/diagnosis/causes/c-one.md:8:1: error: пустой текст: у причины нет решения",
        "Articles/diagnosis/causes/c-three.md:1:1: error: «c-three» — не причина из диагностического контракта",
        "Articles/diagnosis/causes/c-three.md:4:18: error: неизвестный участник «nobody» в «fix_by»",
        "Articles/diagnosis/causes/c-two.md:1:1: error: нет файла причины «c-two» из диагностического контракта",
        "Articles/diagnosis/questions/age.md:5:1: error: нет варианта «unknown» (Не знаю)",
        "Articles/diagnosis/questions/age.md:7:3: error: вариант «teen» — не значение факта «age»",
        "Articles/diagnosis/questions/extra.md:1:1: error: «extra» — не факт диагностического контракта",
        "Articles/diagnosis/questions/spare.md:1:1: error: недостижимый вопрос: факт «spare» не входит ни в одно условие причин",
        "Articles/diagnosis/questions/spare.md:9:1: warning: пустой текст: у вопроса нет подсказки",
        "Articles/diagnosis/questions/symptom.md:5:1: error: варианты идут не в том порядке, что в контракте",
        "Articles/diagnosis/questions/who.md:1:1: error: нет вопроса для факта «who» из диагностического контракта",
        "Articles/regions/12/extra.md:1:1: error: региональная статья для региона 12, у которого нет файла regions/12.md",
        "Articles/regions/29.md:1:1: error: нет файла региона 29 (Архангельская область)",
        "Articles/regions/55/hotline.md:8:1: error: региональная статья действует только в своём регионе; удалите «regions»",
        "Articles/regions/70.md:2:7: error: код «71» не совпадает с именем файла «70.md»",
        "Articles/regions/70.md:3:7: warning: название отличается от официального «Томская область»",
        "Articles/regions/70.md:5:1: warning: регион работает в Дневник.ру, но своего login_url у него нет",
        "Articles/regions/70.md:6:18: error: неверная дата «2017-13-01»: пишите ГГГГ-ММ-ДД",
        "Articles/regions/77.md:1:1: error: неизвестный код региона «77»: такого субъекта федерации нет",
        "Articles/regions/_defaults.md:1:1: error: нет обязательного ключа «support»",
        "Articles/regions/_defaults.md:4:1: error: у «hotline» нет значения по умолчанию: номер телефона никогда не придумывают",
        "Articles/regions/omsk.md:1:1: error: неверное имя файла региона «omsk.md»: файл региона называется двузначным кодом региона, например 55.md",
    ]
}
