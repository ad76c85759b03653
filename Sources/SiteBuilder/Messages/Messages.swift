import Foundation
import HTTP
import KnowledgeBase

/// Every text `spravka build` and `spravka serve` show an author about the build, in Russian:
/// the build's own errors, and the page the preview shows while the content has errors.
/// (The site's pages speak to parents; their texts live with the pages.) The findings keep
/// their machine-readable `path:line:column: error|warning:` prefix.
enum Messages {
    // MARK: Build

    static func missingPageTexts(_ path: String) -> String {
        "нет файла \(path): без него страницам сайта не хватит слов"
    }
    static let missingPageTextsHint = "возьмите файл из репозитория Spravka и поправьте тексты, какие нужно"

    static func cannotAssembleRegion(_ problem: String) -> String {
        "регион не собран: \(problem)"
    }

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
    /// Why the preview's server could not start, from what the system said.
    static func cannotListen(_ kind: Socket.Failure.Kind) -> String {
        switch kind {
        case .address(let host):
            "компьютер не знает адреса «\(host)»; укажите в --host адрес этого компьютера, например 127.0.0.1"
        case .bind(let host, let port, EADDRINUSE):
            "адрес \(host):\(port) уже занят (например, spravka serve уже запущен в другом окне); выберите другой порт: --port \(port == 8000 ? 8001 : 8000)"
        case .bind(_, let port, EACCES):
            "нет прав открыть порт \(port); выберите порт больше 1024, например --port 8000"
        case .bind(let host, _, EADDRNOTAVAIL):
            "у этого компьютера нет адреса \(host); укажите в --host другой, например 127.0.0.1"
        case .bind(let host, let port, let code):
            "не удаётся открыть \(host):\(port) (системная ошибка \(code))"
        case .call(let call, let code):
            "системная ошибка \(code) в вызове \(call)"
        }
    }

    static let notBuiltYetTitle = "Сайт собирается"
    static let notBuiltYet = "Сайт ещё собирается — страница откроется сама, как только сборка закончится."
}
