/// What `spravka new` says about the file it starts (`Scaffold/`).
extension Messages {
    enum Scaffold {
        static func badArticleID(_ id: String) -> String {
            "неверный id статьи «\(id)»: пишите строчными латинскими буквами, цифрами и одиночными дефисами, как в login-website"
        }
        static func regionWithoutFile(_ code: String, displayRoot: String) -> String {
            "у региона \(code) нет файла \(displayRoot)/regions/\(code).md; сначала создайте его командой «spravka new region \(code)»"
        }
        static func alreadyExists(_ path: String) -> String {
            "файл \(path) уже есть и не перезаписывается (измените его или выберите другой id)"
        }
        static func alreadyExistsNotOverwritten(_ path: String) -> String {
            "файл \(path) уже есть и не перезаписывается"
        }
        static func everyFieldPresent(_ path: String) -> String {
            "в файле \(path) уже есть все поля; правьте его в текстовом редакторе"
        }
        static func unknownRegionCode(_ code: String, examples: String) -> String {
            "неизвестный код региона «\(code)»: код — две цифры субъекта федерации, например \(examples) … 55 (Омская область)"
        }
        static func noFrontMatter(_ path: String) -> String {
            "в файле \(path) нет блока ключей между двумя строками «---»; сначала исправьте это (где — покажет «spravka check»)"
        }
        static let textStillToWrite = "текст статьи ещё не написан"
    }
}
