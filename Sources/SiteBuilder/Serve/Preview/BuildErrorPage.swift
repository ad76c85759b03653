import KnowledgeBase

/// The page `spravka serve` shows in place of every page while the content has errors: the
/// same `path:line:column` list as the terminal, and the reload script, so the page returns
/// by itself once the file is fixed.
enum BuildErrorPage {
    static func render(_ diagnostics: [Diagnostic], version: Int) -> [UInt8] {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let items = diagnostics.map { diagnostic in
            "<li class=\"\(diagnostic.severity.rawValue)\"><code>\(escapeHTML(diagnostic.description))</code></li>"
        }.joined(separator: "\n")
        let html = """
        <!DOCTYPE html>
        <html lang="ru">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Messages.errorPageTitle)</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
        h1 { color: #a4000f; font-size: 1.5rem; }
        ol { padding-left: 1.5rem; }
        li { margin: .5rem 0; }
        code { font: 14px/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
        li.error code { color: #a4000f; }
        li.warning code { color: #6b4e00; }
        </style>
        </head>
        <body>
        <h1>\(Messages.errorPageHeading(errors: errors))</h1>
        <p>\(Messages.errorPageAdvice)</p>
        <ol>
        \(items)
        </ol>
        </body>
        </html>

        """
        return LiveReload.inject(into: Array(html.utf8), version: version)
    }
}
