import KnowledgeBase
import Testing
@testable import SiteBuilder

/// Where the site puts no-break spaces in plain text. Expected texts write a no-break space
/// as `~`, as TeX does.
@Suite struct TypographyTests {
    /// `text` typeset, its no-break spaces shown as `~`.
    static func typeset(_ text: String) -> String {
        Typography.apply(text).replacingOccurrences(of: "\u{A0}", with: "~")
    }

    @Test func bindsWordsOfOneOrTwoLettersToTheNextWord() {
        #expect(Self.typeset("Войдите в личный кабинет на Госуслугах и нажмите «Войти»")
            == "Войдите в~личный кабинет на~Госуслугах и~нажмите «Войти»")
        #expect(Self.typeset("и в школе, и не дома") == "и~в~школе, и~не~дома")
        #expect(Self.typeset("В МФЦ или К администратору") == "В~МФЦ или К~администратору")
        #expect(Self.typeset("ID профиля и at home") == "ID~профиля и~at~home")
        #expect(Self.typeset("«На сайте» (в профиле) [по ссылке]") == "«На~сайте» (в~профиле) [по~ссылке]")
        #expect(Self.typeset("все три для нас") == "все три для нас", "three letters stay free")
    }

    @Test func leavesTheEndsOfLongerWordsAlone() {
        #expect(Self.typeset("Дневник.ру и школа") == "Дневник.ру и~школа")
        #expect(Self.typeset("кто-то из них") == "кто-то из~них")
        #expect(Self.typeset("сайт dnevnik.ru на экране") == "сайт dnevnik.ru на~экране")
        #expect(Self.typeset("Так и есть.") == "Так и~есть.")
        #expect(Self.typeset("Это мы. Да") == "Это мы. Да", "a short word before a full stop")
        #expect(Self.typeset("в  школе") == "в  школе", "two spaces are left as typed")
        #expect(Self.typeset("в ") == "в ")
        #expect(Self.typeset(" в") == " в")
    }

    @Test func bindsTheDashToTheWordBeforeIt() {
        #expect(Self.typeset("Госуслуги — это портал") == "Госуслуги~— это портал")
        #expect(Self.typeset("с 14 – до 17") == "с~14~– до~17")
        #expect(Self.typeset("ответ «Нет» —") == "ответ «Нет»~—")
        #expect(Self.typeset("14–17 лет") == "14–17~лет")
        #expect(Self.typeset("вход - выход") == "вход - выход", "a hyphen is not a dash")
        #expect(Self.typeset("— Да, — сказал он") == "— Да,~— сказал он", "a dash that opens the text")
    }

    @Test func keepsNumbersAndPhonesTogether() {
        #expect(Self.typeset("1 000 000 рублей") == "1~000~000~рублей")
        #expect(Self.typeset("Позвоните 8 800 381-12-34 днём") == "Позвоните 8~800~381-12-34 днём")
        #expect(Self.typeset("+7 495 123 45 67") == "+7~495~123~45~67")
        #expect(Self.typeset("в 2024 15 школ") == "в~2024 15 школ", "a year is not a group of a number")
        #expect(Self.typeset("шаги 4 5") == "шаги 4 5", "one digit is not a group")
    }

    @Test func bindsANumberToItsUnitOrMonth() {
        #expect(Self.typeset("с 1 сентября 2024 года") == "с~1~сентября 2024~года")
        #expect(Self.typeset("детям до 14 лет") == "детям до~14~лет")
        #expect(Self.typeset("займёт 5 мин. или 2 часа") == "займёт 5~мин. или 2~часа")
        #expect(Self.typeset("в 2017 г. было 50 % и 100 ₽") == "в~2017~г. было 50~% и~100~₽")
        #expect(Self.typeset("Через 3 Дня") == "Через 3~Дня")
        #expect(Self.typeset("Шаги 4 и 5 иногда") == "Шаги 4 и~5 иногда", "«и» is no unit, but a short word")
        #expect(Self.typeset("5 школ") == "5 школ")
        #expect(Self.typeset("Постановление № 708-п и № АК-П13") == "Постановление №~708-п и~№~АК-П13")
    }

    @Test func changesNothingInsideAnAddress() {
        let address = "https://www.gosuslugi.ru/help/faq/login/2003?a=1&b=в"
        #expect(Self.typeset("Откройте \(address) и войдите") == "Откройте \(address) и~войдите")
        #expect(Self.typeset("почта a@b.ru и пароль") == "почта a@b.ru и~пароль")
    }

    @Test func isIdempotentAndReadsTypedNoBreakSpacesAsSpaces() {
        let samples = [
            "Войдите в личный кабинет на Госуслугах — это 5 мин.",
            "с 1 сентября 2024 года детям до 14 лет",
            "и\u{A0}в школе и дома",
            "8 800 381-12-34, № 708-п",
        ]
        for sample in samples {
            let once = Typography.apply(sample)
            #expect(Typography.apply(once) == once, "\(sample)")
            #expect(once.replacingOccurrences(of: "\u{A0}", with: " ") == sample.replacingOccurrences(of: "\u{A0}", with: " "),
                    "only spaces change")
        }
        #expect(Self.typeset("и\u{A0}в школе и дома") == "и~в~школе и~дома")
        #expect(Self.typeset("") == "")
        #expect(Self.typeset("Госуслуги") == "Госуслуги")
    }

    /// The search and the anchors read a no-break space as a space, so the typeset text finds
    /// and links to the same things.
    @Test func searchWordsAndHeadingAnchorsDoNotChange() {
        let heading = "Что делать, если в Дневник.ру нет СНИЛС — с 14 лет"
        #expect(Typography.apply(heading) != heading)
        #expect(Tokenizer.words(in: Typography.apply(heading)) == Tokenizer.words(in: heading))
        #expect(Slug.make(Typography.apply(heading)) == Slug.make(heading))
    }
}
