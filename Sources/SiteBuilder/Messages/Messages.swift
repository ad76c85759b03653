import KnowledgeBase

/// Every text `spravka build` and `spravka serve` show an author about the build, in Russian:
/// the build's own errors, and the page the preview shows while the content has errors.
/// (The site's pages speak to parents; their texts live with the pages.) The findings keep
/// their machine-readable `path:line:column: error|warning:` prefix.
enum Messages {
    // MARK: Build

    static func unknownRegionCodes(_ codes: [String]) -> String {
        codes.count == 1
            ? "неизвестный код региона \(codes[0])"
            : "неизвестные коды регионов \(codes.joined(separator: ", "))"
    }
    static func regionCodesHint(examples: [String]) -> String {
        "код региона — две цифры, например \(examples.joined(separator: ", "))…"
    }
    static func unreadableTheme(_ reason: String) -> String { "не удаётся прочитать оформление сайта (тему): \(reason)" }
    static func notASite(_ path: String, marker: String) -> String {
        "папка \(path) уже есть, и её записала не spravka (в ней нет файла \(marker)); выберите другую папку в --output или удалите эту"
    }

    // MARK: Preview

    static let errorPageTitle = "Сборка не удалась"
    static func errorPageHeading(errors: Int) -> String {
        "Сборка не удалась: \(RussianPlural.count(errors, "ошибка", "ошибки", "ошибок"))"
    }
    static let errorPageAdvice = "Исправьте файлы — страница обновится сама. Пока ошибки не исправлены, показывается этот список."
    static let notBuiltYetTitle = "Сайт собирается"
    static let notBuiltYet = "Сайт ещё собирается — страница откроется сама, как только сборка закончится."
}
