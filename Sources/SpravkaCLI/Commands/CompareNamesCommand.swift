import Diagnosis

/// `spravka compare-names "ФИО 1" "ФИО 2"`: why two full names would not match.
struct CompareNamesCommand: Command {
    static let name = "compare-names"
    static let summary = "Explain why two full names (FIO) would not match."
    static let discussion = """
        Dnevnik.ru matches people by FIO letter for letter. Lists every difference with \
        positions: ё and е, Latin letters that look Cyrillic, extra or unusual spaces, dash \
        variants, letter case, a missing patronymic, swapped order, different letters. Exits \
        with 0 when the names are identical, 1 when they differ in any way, 2 when a name is \
        empty or has characters no name has. Nothing is stored.
        """
    static let first = Positional.required("fio-1", help: "The name as on Gosuslugi.")
    static let second = Positional.required("fio-2", help: "The name as in Dnevnik.ru.")
    static let positionals = [first, second]

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitCode {
        let comparison = NameComparer.compare(arguments.value(first) ?? "", arguments.value(second) ?? "")
        let lines = NameComparisonExplanation.explain(comparison).map { $0 + "\n" }.joined()
        switch comparison {
        case .identical:
            console.output.write(lines)
            return .success
        case .different:
            console.output.write(lines)
            return .failure
        case .unusable:
            console.error.write(lines)
            return .dataError
        }
    }
}
