import Foundation
import KnowledgeBase

/// `spravka stats` for a hotline's manager, in Russian: as text for the terminal, or as one
/// self-contained HTML page with bar charts (inline SVG; no script, font or style from
/// anywhere else), to open from disk or mail around.
public struct CallStatisticsReport: Sendable {
    public let statistics: CallStatistics
    public let filter: CallStatistics.Filter
    public let wording: DiagnosisWording

    public init(statistics: CallStatistics, filter: CallStatistics.Filter, wording: DiagnosisWording) {
        self.statistics = statistics
        self.filter = filter
        self.wording = wording
    }

    /// How many «Не знаю» questions to list.
    static let unknownListed = 5
    /// The longest label a chart shows whole, in characters.
    static let labelLength = 100

    // MARK: Parts both formats show

    struct Row {
        var label: String
        var id: String?
        var count: Int
        var share: Double
    }

    var causeRows: [Row] {
        var rows = statistics.causes.map { entry in
            Row(label: causeTitle(entry.cause), id: entry.cause, count: entry.calls, share: share(entry.calls))
        }
        if statistics.callsWithoutCertainCause > 0 {
            rows.append(Row(label: "точная причина не найдена", id: nil, count: statistics.callsWithoutCertainCause,
                            share: share(statistics.callsWithoutCertainCause)))
        }
        return rows
    }

    /// From the fewest questions any call took to the most.
    var questionRows: [Row] {
        let first = statistics.questionsHistogram.firstIndex { $0 > 0 } ?? 0
        return statistics.questionsHistogram.enumerated().dropFirst(first).map { questions, calls in
            Row(label: "\(questions) \(InterviewLength.questionsWord(questions))", id: nil, count: calls, share: share(calls))
        }
    }

    var unknownRows: [(row: Row, answered: Int)] {
        statistics.unknownAnswers.filter { $0.unknown > 0 }.prefix(Self.unknownListed).map { entry in
            (Row(label: questionText(entry.fact), id: entry.fact, count: entry.unknown, share: entry.share), entry.answered)
        }
    }

    var scope: [String] {
        var lines: [String] = []
        if let first = statistics.firstDate, let last = statistics.lastDate {
            lines.append("Период: \(filter.from ?? first) — \(filter.to ?? last)")
        } else if filter.from != nil || filter.to != nil {
            lines.append("Период: \(filter.from ?? "…") — \(filter.to ?? "…")")
        }
        if let region = filter.region {
            let name = wording.knowledgeBase.region(code: region)?.name ?? ""
            lines.append("Регион: \(region) \(name)".trimmingTrailingSpaces)
        }
        return lines
    }

    var questionsLine: String {
        "Вопросов на звонок: в среднем \(Self.decimal(statistics.meanQuestions)); медиана \(statistics.medianQuestions); больше всего \(statistics.maximumQuestions)"
    }

    private func share(_ count: Int) -> Double {
        statistics.calls == 0 ? 0 : Double(count) / Double(statistics.calls)
    }

    private func causeTitle(_ id: String) -> String {
        wording.knowledgeBase.contract.cause(id).map { wording.cause($0).title } ?? id
    }

    private func questionText(_ id: String) -> String {
        wording.knowledgeBase.contract.fact(id).map { wording.question($0).text } ?? id
    }

    /// `3,4`: one decimal, with a comma.
    static func decimal(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    static func percent(_ share: Double) -> String {
        decimal(share * 100) + " %"
    }

    // MARK: Text

    public func text() -> String {
        var out = "Звонков: \(statistics.calls)\n"
        for line in scope { out += line + "\n" }
        guard statistics.calls > 0 else { return out }
        out += questionsLine + "\n\nПричины (найдены точно; доля звонков):\n"
        for row in causeRows {
            out += "  \(Self.padded(row.count, 6))  \(Self.padded(Self.percent(row.share), 7))  \(row.label)\(row.id.map { " [\($0)]" } ?? "")\n"
        }
        out += "\nВопросов на звонок (звонков):\n"
        for row in questionRows where row.count > 0 {
            out += "  \(Self.padded(row.label, 12))  \(Self.padded(row.count, 6))  \(String(repeating: "█", count: Int((row.share * 40).rounded(.up))))\n"
        }
        let unknown = unknownRows
        if !unknown.isEmpty {
            out += "\nЧаще всего отвечают «Не знаю»:\n"
            for (row, answered) in unknown {
                out += "  \(row.count) из \(answered) (\(Self.percent(row.share)))  \(row.label) [\(row.id ?? "")]\n"
            }
        }
        return out
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        padded(String(value), width)
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    // MARK: HTML

    public func html() -> String {
        var body = "<h1>Звонки на горячую линию: о чём они</h1>\n"
        body += "<p class=\"scope\">Звонков: <strong>\(statistics.calls)</strong>"
        for line in scope { body += "<br>" + escape(line) }
        body += "</p>\n"
        if statistics.calls > 0 {
            body += "<p>\(escape(questionsLine)).</p>\n"
            body += "<h2>Причины</h2>\n<p class=\"note\">Доля звонков, в которых причина найдена точно; в одном звонке их может быть несколько.</p>\n"
            body += chart(causeRows.map { (label: $0.label + ($0.id.map { " [\($0)]" } ?? ""), count: $0.count, share: $0.share, value: "\($0.count) · \(Self.percent($0.share))") },
                          title: "Причины по доле звонков")
            body += "<h2>Сколько вопросов на звонок</h2>\n"
            body += chart(questionRows.map { (label: $0.label, count: $0.count, share: $0.share, value: "\($0.count) · \(Self.percent($0.share))") },
                          title: "Звонки по числу вопросов")
            let unknown = unknownRows
            if !unknown.isEmpty {
                body += "<h2>Чаще всего отвечают «Не знаю»</h2>\n<p class=\"note\">Доля ответов «Не знаю» среди звонков, где вопрос задан.</p>\n"
                body += chart(unknown.map { (label: $0.row.label, count: $0.row.count, share: $0.row.share, value: "\($0.row.count) из \($0.answered) · \(Self.percent($0.row.share))") },
                              title: "Вопросы, на которые чаще всего отвечают «Не знаю»")
            }
        }
        return """
            <!doctype html>
            <html lang="ru">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Звонки на горячую линию — Справка</title>
            <style>
            body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem; }
            h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
            .note, .scope { color: #444; }
            svg { display: block; width: 100%; height: auto; }
            svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: #1a1a1a; }
            svg .bar { fill: #2f6db5; } svg .track { fill: #e8eef6; }
            @media print { body { max-width: none; } }
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    /// Horizontal bars: the label above each bar, the value at its end. Widths in a fixed
    /// view box, so the page is the same bytes for the same log.
    private func chart(_ rows: [(label: String, count: Int, share: Double, value: String)], title: String) -> String {
        let width = 800.0, rowHeight = 44.0, barTop = 20.0, barHeight = 16.0, valueRoom = 170.0
        let largest = rows.map(\.share).max() ?? 0
        let height = rowHeight * Double(rows.count)
        var svg = "<svg role=\"img\" aria-label=\"\(escape(title))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title>\(escape(title))</title>\n"
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight
            let barWidth = largest == 0 ? 0 : (width - valueRoom) * row.share / largest
            // A label longer than the chart is cut; its whole text is the row's tooltip.
            let label = row.label.count > Self.labelLength ? String(row.label.prefix(Self.labelLength - 1)) + "…" : row.label
            svg += "<g><title>\(escape(row.label))</title>\n"
            svg += "<text x=\"0\" y=\"\(format(y + 14))\">\(escape(label))</text>\n"
            svg += "<rect class=\"track\" x=\"0\" y=\"\(format(y + barTop))\" width=\"\(format(width - valueRoom))\" height=\"\(format(barHeight))\"/>\n"
            svg += "<rect class=\"bar\" x=\"0\" y=\"\(format(y + barTop))\" width=\"\(format(barWidth))\" height=\"\(format(barHeight))\"/>\n"
            svg += "<text x=\"\(format(width - valueRoom + 8))\" y=\"\(format(y + barTop + 13))\">\(escape(row.value))</text>\n</g>\n"
        }
        return svg + "</svg>\n"
    }

    private func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    private func escape(_ text: String) -> String {
        escapeHTML(text)
    }
}
