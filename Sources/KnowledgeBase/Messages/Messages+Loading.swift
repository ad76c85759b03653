/// What the loaders find wrong in one file: its place in the tree, its encoding, and the
/// values of its keys (`ContentLayout`, `ParsedFile`, `FieldReader` and the loaders).
extension Messages {
    enum Files {
        static let noSuchDirectory = "нет такой папки"
        static let noSuchDirectoryHint = "запустите spravka из главной папки репозитория или укажите папку: --articles ПАПКА"
        static func badRegionFileName(_ name: String) -> String {
            "неверное имя файла региона «\(name).md»: файл региона называется двузначным кодом региона, например 55.md"
        }
        static func badRegionDirectory(_ name: String) -> String {
            "неверная папка региона «\(name)»: региональные статьи лежат в папке с двузначным кодом региона, например regions/55/"
        }
        static let outsideLayout = "файл лежит не на своём месте в базе знаний и пропускается"
        static let outsideLayoutHint = "где лежат статьи, регионы, вопросы, причины и синонимы, написано в docs/content-format.md"
        static let unreadable = "не удаётся прочитать файл"
        static let notUTF8 = "файл не в кодировке UTF-8"
        static let notUTF8Hint = "сохраните его в кодировке UTF-8"
    }

    enum Fields {
        static func unknownKey(_ key: String) -> String { "неизвестный ключ «\(key)»" }
        static func missingKey(_ key: String) -> String { "нет обязательного ключа «\(key)»" }
        static func emptyValue(_ key: String) -> String { "пустое значение у ключа «\(key)»" }
        static func missingValue(_ key: String) -> String { "нет значения у ключа «\(key)»" }
        static func singleValueNotList(_ key: String) -> String { "у ключа «\(key)» одно значение, а не список" }
        static func singleValueNotMap(_ key: String) -> String { "у ключа «\(key)» одно значение, а не набор «ключ: значение»" }
        static func takesList(_ key: String) -> String { "значение ключа «\(key)» — список" }
        static func writeAsList(_ key: String, _ source: String) -> String { "напишите \(key): [\(source)]" }
        static func listNotMap(_ key: String) -> String { "значение ключа «\(key)» — список, а не набор «ключ: значение»" }
        static let mapLinesHint = "напишите под ключом по строке «ключ: значение» с отступом на каждый элемент"
        static func takesMap(_ key: String) -> String { "значение ключа «\(key)» — набор строк «ключ: значение» с отступом" }
        static func badArticleID(_ id: String) -> String {
            "неверный id статьи «\(id)»: id пишется строчными латинскими буквами, цифрами и дефисами"
        }
        static func unknownValue(_ value: String, of key: String) -> String { "неизвестное значение «\(value)» у ключа «\(key)»" }
        static func listedTwice(_ value: String, in key: String) -> String { "«\(value)» повторяется в «\(key)»" }
        static func badDate(_ text: String) -> String { "неверная дата «\(text)»: пишите ГГГГ-ММ-ДД" }
        static func badMonth(_ text: String) -> String { "неверный месяц «\(text)»: пишите ГГГГ-ММ" }
        static func malformedVariable(_ text: String) -> String { "неверно записана переменная региона «\(text)»" }
        static func variableWithoutSpaces(_ key: String) -> String { "пишите {{region.\(key)}} без пробелов" }
        static let variableForm = "пишите {{region.КЛЮЧ}}, например {{region.name}}"
    }

    enum Articles {
        static func badFileName(_ id: String) -> String {
            "неверное имя файла «\(id).md»: id статьи пишется строчными латинскими буквами, цифрами и дефисами"
        }
        static func reservedName(_ id: String) -> String {
            "«\(id)» — имя одной из служебных страниц сайта; выберите другое имя файла"
        }
        static let titleFullStop = "в конце заголовка стоит точка"
        static let aboutHint = "dnevnik — статья видна только там, где школы работают в Дневник.ру; gosuslugi — статья верна во всех регионах; system — статья о другой системе (её семейство — в «system»)"
        static let systemWithoutAbout = "«system» бывает только у статьи с «about: system»"
        static let systemMissing = "у статьи с «about: system» нет «system»: какому семейству систем она посвящена"
        static let listsItself = "статья ссылается сама на себя в «related»"
        static func orderNotNumber(_ text: String) -> String { "значение «order» — целое число, а не «\(text)»" }
        static func historyNotBool(_ text: String) -> String { "значение «history» — true или false, а не «\(text)»" }
        static let noAudience = "в «audience» нужен хотя бы один читатель"
        static let regionsInRegionalArticle = "региональная статья действует только в своём регионе; удалите «regions»"
        static let emptyRegions = "список «regions» пуст, и статья не появится ни в одном регионе"
        static let emptyRegionsHint = "перечислите коды регионов или удалите ключ, чтобы статья была во всех регионах"
        static func badRegionCode(_ text: String) -> String {
            "неверный код региона «\(text)»: код региона — две цифры, как в 55.dnevnik.ru"
        }
    }

    enum Regions {
        /// What a key every region file must set says, for the message when it is missing.
        static func meaning(of key: String) -> String {
            switch key {
            case "system": "в какой системе школы региона ведут электронный дневник"
            case "system_short": "короткое название системы для заголовков и списка регионов"
            case "dnevnik_ru": "работают ли школы в Дневник.ру: yes, no или partly"
            case "confirmed": "месяц, когда факты проверены последний раз, ГГГГ-ММ"
            case "confidence": "насколько надёжны источники: high или medium"
            default: ""
            }
        }
        static func missingKey(_ key: String) -> String { "\(Fields.missingKey(key)): \(meaning(of: key))" }
        static func missingValue(_ key: String) -> String { "\(Fields.missingValue(key)): \(meaning(of: key))" }
        static func codeMismatch(_ text: String, file code: String) -> String {
            "код «\(text)» не совпадает с именем файла «\(code).md»"
        }
        static let noSources = "у региона нет «sources»: перечислите, откуда взяты факты"
        static let hotlineHasNoDefault = "у «hotline» нет значения по умолчанию: номер телефона никогда не придумывают"
        static func noDefault(_ key: String, defaults: [String]) -> String {
            "у «\(key)» нет значения по умолчанию: каждый файл региона задаёт его сам (по умолчанию задаются только \(defaults.joined(separator: ", ")))"
        }
        static func dnevnikKeyWithoutDnevnik(_ key: String) -> String {
            "регион не работает в Дневник.ру (dnevnik_ru: no), поэтому у него не может быть «\(key)»"
        }
        static func dnevnikKeyWithoutDnevnikHint(_ key: String) -> String {
            "удалите «\(key)»; систему региона опишите в system, system_url и system_login_url"
        }
        static func dnevnikAddressWithoutDnevnik(key: String, address: String) -> String {
            "регион не работает в Дневник.ру (dnevnik_ru: no), а в «\(key)» указан адрес Дневник.ру «\(address)»"
        }
        static let dnevnikAddressWithoutDnevnikHint = "родителя из этого региона нельзя отправлять в Дневник.ру; скажите словами, например «раньше школы работали в Дневник.ру»"
        static let noLoginURL = "регион работает в Дневник.ру, но своего login_url у него нет"
        static let noLoginURLHint = "добавьте login_url: https://login.dnevnik.ru/login/esia/<регион>, когда адрес известен"
        static let mediumWithoutCaveat = "надёжность фактов средняя (confidence: medium), а «caveat» у региона нет"
        static let mediumWithoutCaveatHint = "добавьте caveat: одно предложение для родителя о том, что уточнить в школе"
        static let variableInRegionValue = "в значениях региона нельзя использовать переменные региона"
        static func systemAddress(_ key: String) -> String {
            "в «\(key)» должен быть один полный адрес, начинающийся с https:// (или с http://, если так в источнике)"
        }
        static let loginURLNotHTTPS = "в «login_url» должен быть один полный адрес, начинающийся с https://"
        static let loginURLNotDnevnik = "«login_url» — не адрес входа в Дневник.ру через Госуслуги"
        static let loginURLNotDnevnikHint = "нужен адрес https://login.dnevnik.ru/login/esia/<регион>; адрес входа в систему региона пишите в system_login_url"
    }

    enum Diagnosis {
        static func factMismatch(_ text: String, file name: String) -> String {
            "факт «\(text)» не совпадает с именем файла «\(name).md»"
        }
        static func causeMismatch(_ text: String, file name: String) -> String {
            "причина «\(text)» не совпадает с именем файла «\(name).md»"
        }
        static func optionWithoutLabel(_ key: String) -> String { "у варианта «\(key)» нет подписи" }
        static func weightForNoOption(_ key: String) -> String { "вес для «\(key)», а такого варианта в «options» нет" }
        static func badWeight(_ key: String) -> String { "вес «\(key)» должен быть целым числом не меньше 1" }
        static func missingWeights(_ keys: [String]) -> String {
            "в «weights» нет веса для \(quoted(keys)); задайте вес каждому варианту"
        }
        static let noParty = "в «fix_by» нужен хотя бы один участник"
        static func unknownParty(_ text: String) -> String { "неизвестный участник «\(text)» в «fix_by»" }
    }

    enum Synonyms {
        static let notAGroup = "строка списка синонимов — это группа «- слово, слово, …», заголовок или пустая строка"
        static let notAGroupHint = "пишите по одной группе в строке, например «- ребёнок, дети, сын, дочь»"
        static let emptyGroup = "пустая группа"
        static func oneWordGroup(_ word: String) -> String { "группа из одного слова: «\(word)»" }
        static let groupHint = "группа объединяет два слова или больше с одним смыслом; регистр букв и ё не различаются"
        static func inAnotherGroup(_ word: String, line: Int) -> String { "«\(word)» уже есть в группе в строке \(line)" }
        static let inAnotherGroupHint = "слово входит только в одну группу: объедините группы или удалите одну из них"
        static let emptyWord = "пустое слово в группе"
        static let emptyWordHint = "разделяйте слова одной запятой, без запятой в конце"
        static func notAWord(_ word: String) -> String { "«\(word)» — не слово" }
        static let notAWordHint = "слово — это буквы и цифры, их можно соединять дефисом, как в «т-банк»; фраза — слова через пробел"
    }
}
