/// The page `spravka serve` shows while its first build is still running, with the reload
/// script, so that the page that was asked for opens by itself when the site is ready.
enum BuildingPage {
    static func render(version: Int) -> [UInt8] {
        let html = """
        <!DOCTYPE html>
        <html lang="ru">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Messages.notBuiltYetTitle)</title>
        </head>
        <body>
        <p>\(Messages.notBuiltYet)</p>
        </body>
        </html>

        """
        return LiveReload.inject(into: Array(html.utf8), version: version)
    }
}
