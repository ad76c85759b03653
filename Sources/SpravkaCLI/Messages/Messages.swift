import KnowledgeBase

/// What the authors' commands (`check`, `new`, `build`, `serve`) say on the terminal, in
/// Russian, besides the findings themselves (`KnowledgeBase`'s catalogue). The
/// machine-readable parts stay as they are: `path:line:column: error|warning:` and the exit
/// statuses.
enum Messages {
    // MARK: check

    /// The last line: "2 ошибки, 1 предупреждение".
    static func findings(errors: Int, warnings: Int) -> String {
        RussianPlural.findings(errors: errors, warnings: warnings)
    }
    static func badToday(_ text: String) -> String { "для --today нужна дата в виде ГГГГ-ММ-ДД, а не «\(text)»" }

    // MARK: build

    static func cannotWriteSite(_ reason: String) -> String { "не удаётся записать сайт: \(reason)" }
    static func buildFailed(errors: Int, warnings: Int) -> String {
        "сборка не удалась: \(findings(errors: errors, warnings: warnings)); прежний сайт оставлен как был"
    }
    static func built(pages: Int, files: Int, kibibytes: Int, output: String, changed: Int) -> String {
        "собрано: \(RussianPlural.count(pages, "страница", "страницы", "страниц")) (\(RussianPlural.count(files, "файл", "файла", "файлов")), \(kibibytes) КиБ) в \(output)/; изменено файлов: \(changed)"
    }

    // MARK: new

    static func noKnowledgeBase(_ root: String) -> String {
        "нет базы знаний в папке \(root)/; запустите spravka в папке репозитория или укажите папку в --articles"
    }
    static func optionOnlyForArticle(_ option: String) -> String { "«\(option)» — для «new article», а не для «new region»" }
    static func unknownKind(_ kind: String) -> String { "неизвестный вид «\(kind)» для «new»; можно: article, region" }
    static func completed(_ path: String) -> String { "дополнен файл \(path)" }
    static func created(_ path: String) -> String { "создан файл \(path)" }
    static func copiedFrom(_ path: String) -> String { "скопировано из \(path): измените то, что в вашем регионе иначе" }
    static let nothingToFillIn = "заполнять больше нечего; "
    static func fillInMarked(_ marker: String) -> String { "заполните места с пометкой \(marker), затем " }
    static let checkAndPreview = "проверьте файл командой «spravka check» и посмотрите страницу командой «spravka serve»"

    // MARK: serve

    static func badPort(_ text: String) -> String { "неверный порт «\(text)» в --port: нужно число от 0 до 65535" }
    static func cannotStart(_ reason: String) -> String { "не удаётся запустить сервер: \(reason)" }
    static func serving(_ address: String) -> String { "сайт открыт по адресу \(address) (Ctrl-C — остановить)" }
    static func watching(_ folders: [String]) -> String {
        "слежу за изменениями в " + folders.map { "\($0)/" }.joined(separator: " и ")
    }
    static func servedFirst(pages: Int, files: Int) -> String {
        "собрано: \(RussianPlural.count(pages, "страница", "страницы", "страниц")) (\(RussianPlural.count(files, "файл", "файла", "файлов")))"
    }
    static func rebuilt(pages: Int, milliseconds: Int) -> String {
        "пересобрано: \(RussianPlural.count(pages, "страница", "страницы", "страниц")) за \(milliseconds) мс; открытые страницы обновятся сами"
    }
    static func serveBuildFailed(errors: Int) -> String {
        "сборка не удалась: \(RussianPlural.count(errors, "ошибка", "ошибки", "ошибок")); браузер показывает их, пока они не исправлены"
    }
    static let stopped = "остановлено"
}
