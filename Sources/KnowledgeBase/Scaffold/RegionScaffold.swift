import Foundation

/// `spravka new region`: a region file with every field, filled from what is known (the code,
/// the official name, what the file already says) and marked where a fact is still needed.
/// An existing file is completed: the missing keys are inserted in their usual place and
/// nothing already there is changed.
public enum RegionScaffold {
    /// Every key of a region file in the usual order, with what to write there.
    public static let fields: [(key: String, hint: String)] = [
        ("code", "две цифры, как в NN.dnevnik.ru"),
        ("name", "официальное название"),
        ("name_in", "«в …»: как название звучит в предложении, например «в Омской области»"),
        ("system", "в какой системе школы региона ведут электронный дневник, полное название"),
        ("system_short", "короткое название системы, как его знают родители: «МЭШ», «Дневник.ру»"),
        ("system_url", "адрес системы https://…, если источник его даёт"),
        ("system_login_url", "адрес страницы входа в систему https://…, если источник его даёт"),
        ("sign_in", "как входят в систему, если источник это говорит: «через Госуслуги»"),
        ("dnevnik_ru", "yes, no или partly: работают ли школы региона в Дневник.ру"),
        ("confirmed", "месяц (ГГГГ-ММ), когда факты о системе проверены последний раз"),
        ("confidence", "high или medium: насколько надёжны источники"),
        ("caveat", "одно предложение для родителя, если источники расходятся или надёжность medium"),
        ("support", "одно предложение: куда обращаться за помощью в регионе"),
        ("hotline", "телефон горячей линии точно как в источнике; номер никогда не придумывайте"),
        ("hotline_hours", "когда отвечает горячая линия"),
        ("site", "только для регионов с Дневник.ру: адрес NN.dnevnik.ru, если он есть"),
        ("login_url", "только для регионов с Дневник.ру: https://login.dnevnik.ru/login/esia/<slug>, если он известен"),
        ("esia_only_since", "только для регионов с Дневник.ру: дата (ГГГГ-ММ-ДД), с которой вход только через Госуслуги"),
        ("school_hours", "только для регионов с Дневник.ру: когда можно застать администратора Дневник.ру в школе"),
        ("decrees", "список региональных актов: «№ …, дата, название», каждый с новой строки после «  - »"),
        ("notes", "список коротких фактов о регионе"),
        ("sources", "список источников, откуда взяты факты"),
    ]

    /// The region file for `code` under `articles` (shown as `displayRoot`).
    public static func make(code: String, articles: URL, displayRoot: String = "Articles") throws(ScaffoldError) -> Scaffold {
        try checkCode(code)
        let relative = "regions/\(code).md"
        let file = articles.appendingPathComponent(relative)
        let displayPath = DisplayPath.join(displayRoot, relative)
        let name = FederalSubject.all.first { $0.code == code }?.name ?? ""
        guard let existing = try? String(contentsOf: file, encoding: .utf8) else {
            let text = newFile(code: code, name: name)
            return Scaffold(file: file, displayPath: displayPath, text: text, completesExistingFile: false, gaps: gaps(in: text))
        }
        guard let text = try completed(existing, code: code, displayPath: displayPath) else {
            throw ScaffoldError(Messages.Scaffold.everyFieldPresent(displayPath))
        }
        return Scaffold(file: file, displayPath: displayPath, text: text, completesExistingFile: true, gaps: gaps(in: text))
    }

    static func checkCode(_ code: String) throws(ScaffoldError) {
        guard FederalSubject.all.contains(where: { $0.code == code }) else {
            let shown = FederalSubject.all.prefix(3).map(\.code).joined(separator: ", ")
            throw ScaffoldError(Messages.Scaffold.unknownRegionCode(code, examples: shown))
        }
    }

    /// The line for a key the file does not set yet. `name_in` is used by common articles, so
    /// it gets a value that reads correctly until someone writes the proper form.
    static func line(for key: String, hint: String, name: String) -> String {
        switch key {
        case "name_in": "name_in: в регионе «\(name)»  # \(Scaffold.marker) \(hint)"
        default: "\(key):  # \(Scaffold.marker) \(hint)"
        }
    }

    static func newFile(code: String, name: String) -> String {
        var lines = ["---", "code: \(code)", "name: \(name)"]
        for field in fields.dropFirst(2) {
            lines.append(line(for: field.key, hint: field.hint, name: name))
        }
        lines += ["---", ""]
        return lines.joined(separator: "\n")
    }

    /// `existing` with a line for every key it lacks, each after the key that comes before it
    /// in the usual order; `nil` when nothing lacks.
    static func completed(_ existing: String, code: String, displayPath: String) throws(ScaffoldError) -> String? {
        var lines = existing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let closing = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw ScaffoldError(Messages.Scaffold.noFrontMatter(displayPath))
        }
        // Where each key's entry ends: its own line and any indented lines under it.
        var entryEnd: [String: Int] = [:]
        var index = 1
        while index < closing {
            let line = lines[index]
            if let colon = line.firstIndex(of: ":"), let first = line.first, first != " ", first != "#" {
                let key = String(line[..<colon])
                var last = index
                while last + 1 < closing, lines[last + 1].hasPrefix(" ") || lines[last + 1].hasPrefix("\t") { last += 1 }
                entryEnd[key] = last
                index = last + 1
            } else {
                index += 1
            }
        }
        let name = FederalSubject.all.first { $0.code == code }?.name ?? ""
        // A region without Dnevnik.ru may not have Dnevnik.ru's keys: they are not offered.
        let withoutDnevnik = lines[1..<closing].contains { $0.trimmingCharacters(in: .whitespaces) == "dnevnik_ru: no" }
        var insertions: [Int: [String]] = [:]
        var anchor = 0
        for field in fields {
            if let end = entryEnd[field.key] {
                anchor = end
                continue
            }
            if withoutDnevnik, Region.dnevnikKeys.contains(field.key) { continue }
            let text = field.key == "code" ? "code: \(code)" : field.key == "name" ? "name: \(name)" : line(for: field.key, hint: field.hint, name: name)
            insertions[anchor, default: []].append(text)
        }
        guard !insertions.isEmpty else { return nil }
        for (after, added) in insertions.sorted(by: { $0.key > $1.key }) {
            lines.insert(contentsOf: added, at: after + 1)
        }
        return lines.joined(separator: "\n")
    }

    private static func gaps(in text: String) -> [Scaffold.Gap] {
        Scaffold.gaps(in: text) { line, content in
            guard let colon = content.firstIndex(of: ":"), !content.hasPrefix("#") else { return nil }
            let key = String(content[..<colon])
            return Scaffold.Gap(key: key, line: line, message: Messages.Checks.stillToFillIn(key))
        }
    }
}
