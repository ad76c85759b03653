import Foundation
import Testing
import KnowledgeBase

/// `search/synonyms.md`: the groups it loads, every mistake `spravka check` reports at its
/// `path:line:column`, and the shipped file.
@Suite struct SynonymsLoaderTests {
    static let path = "Articles/search/synonyms.md"

    /// Loads a tree holding only `search/synonyms.md` with `text`; returns the knowledge base
    /// and the diagnostics about that file (the tree lacks regions, which is reported apart).
    static func load(_ text: String) throws -> (KnowledgeBase, [String]) {
        let root = try Fixtures.temporaryTree(["search/synonyms.md": text])
        defer { try? FileManager.default.removeItem(at: root) }
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                                             options: .init(federalSubjects: []))
        let own = diagnostics.filter { $0.path == path }
            .map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
        return (knowledgeBase, own)
    }

    @Test func loadsGroupsInFileOrderWithTheirLines() throws {
        let (knowledgeBase, diagnostics) = try Self.load("""
            ---
            title: Слова родителей
            updated: 2026-11-29
            ---

            # Кто

            - ребёнок, дети,  сын , дочь
            - учётка, учётная   запись

            # Банки
            - т-банк, Тинькофф, банк
            - мама, мать, Мама
            """)
        #expect(diagnostics == [])
        #expect(knowledgeBase.synonyms.map(\.words) == [
            ["ребёнок", "дети", "сын", "дочь"], ["учётка", "учётная запись"], ["т-банк", "Тинькофф", "банк"],
            ["мама", "мать", "Мама"],
        ])
        #expect(knowledgeBase.synonyms.map(\.position.line) == [8, 9, 12, 13])
    }

    @Test func aWordInTwoGroupsIsReportedWhereItIsRepeated() throws {
        // Case and ё do not count; a word may be repeated inside its own group.
        let (_, diagnostics) = try Self.load("""
            ---
            ---
            - ребёнок, дети, ребенок
            - сын, Дети
            - код, пароль, КОД
            """)
        #expect(diagnostics == ["4:8: error: «Дети» уже есть в группе в строке 3"])
    }

    @Test func everyMalformedGroupIsReportedAtItsPosition() throws {
        let (knowledgeBase, diagnostics) = try Self.load("""
            ---
            updated: 2026-13-01
            color: red
            ---
            -
            - снилс
            - снилс, СНИЛС
            - пароль, код?
            - оценки, отметки,
            - оценки,, баллы
            - учитель, «педагог»
            * мама, папа
            просто текст
              - отступ, пробел
            - т-банк, -банк
            - сбер , втб
            """)
        #expect(diagnostics == [
            "2:10: error: неверная дата «2026-13-01»: пишите ГГГГ-ММ-ДД",
            "3:1: error: неизвестный ключ «color»",
            "5:1: error: пустая группа",
            "6:1: error: группа из одного слова: «снилс»",
            "7:1: error: группа из одного слова: «снилс»",
            "8:11: error: «код?» — не слово",
            "9:19: error: пустое слово в группе",
            "10:10: error: пустое слово в группе",
            "11:12: error: ««педагог»» — не слово",
            "12:1: error: строка списка синонимов — это группа «- слово, слово, …», заголовок или пустая строка",
            "13:1: error: строка списка синонимов — это группа «- слово, слово, …», заголовок или пустая строка",
            "14:1: error: строка списка синонимов — это группа «- слово, слово, …», заголовок или пустая строка",
            "15:11: error: «-банк» — не слово",
        ])
        // Only the groups without a mistake are kept.
        #expect(knowledgeBase.synonyms.map(\.words) == [["сбер", "втб"]])
    }

    @Test func aSynonymsFileElsewhereIsNotPartOfTheLayout() throws {
        let root = try Fixtures.temporaryTree(["search/other.md": "---\n---\n- a, b\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                                             options: .init(federalSubjects: []))
        #expect(knowledgeBase.synonyms.isEmpty)
        #expect(diagnostics.contains { $0.path == "Articles/search/other.md" && $0.severity == .warning })
    }

    /// The shipped vocabulary joins what parents say with what the articles say.
    @Test func theShippedFileHasTheParentsWords() throws {
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Articles")
        let (knowledgeBase, diagnostics) = KnowledgeBase.load(directory: articles)
        #expect(!diagnostics.contains { $0.path.hasSuffix("search/synonyms.md") }, "\(diagnostics)")
        func together(_ words: String...) -> Bool {
            knowledgeBase.synonyms.contains { group in words.allSatisfy(group.words.contains) }
        }
        #expect(together("ребёнок", "дети", "сын", "дочь"))
        #expect(together("учётка", "учётная запись"))
        #expect(together("оценки", "отметки"))
        #expect(together("не пускает", "не входит", "не получается войти"))
        #expect(together("банк", "сбербанк", "втб", "т-банк", "тинькофф"))
        #expect(together("снилс", "страховое свидетельство"))
        #expect(together("гражданин", "граждане", "гражданам", "иностранец"))
        #expect(together("учитель", "педагог", "классный руководитель"))
        #expect(together("пароль", "код"))
    }
}
