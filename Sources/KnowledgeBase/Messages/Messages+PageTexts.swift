/// What `spravka check` says about the page-text catalogue (`pages/<kind>.md`).
extension Messages {
    enum PageTexts {
        static func unknownFile(_ name: String) -> String {
            "в папке pages нет места для файла «\(name).md»"
        }
        static var fileHint: String {
            "файлы каталога текстов страниц: " + PageText.Kind.allCases.map { "pages/\($0.rawValue).md" }.joined(separator: ", ")
        }
    }
}
