/// `/404.html`: served by the web server for any missing page.
struct NotFoundPage {
    let site: SiteModel

    func render() -> String {
        let main = """
        <h1>Такой страницы нет</h1>
        <p>\(typesetHTML("Возможно, адрес набран с ошибкой или статья переехала."))</p>
        <p><a class="button" href="/">Выбрать регион</a></p>

        """
        return PageShell(title: "Страница не найдена", description: "Такой страницы в справке нет.",
            path: "/404.html", region: nil, main: main, indexable: false).render(site: site)
    }
}
