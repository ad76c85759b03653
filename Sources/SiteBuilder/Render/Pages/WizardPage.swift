import KnowledgeBase

/// `/NN/diagnose/`: "Не получается войти?". Without JavaScript it is a decision table: for
/// each symptom, the causes that can explain it, what to check, who acts and the remedy.
struct WizardPage {
    let site: SiteModel
    /// The region, assembled once; the page lays it out.
    let profile: RegionProfile
    var code: String { profile.code }

    func render() -> String {
        let region = profile.region
        let knowledgeBase = site.knowledgeBase
        let contract = knowledgeBase.contract
        var main = """
        <h1>\(typesetHTML("Не получается войти?"))</h1>
        <p class="lead">\(typesetHTML("Найдите, что вы видите на экране, и проверьте причины по порядку: первая подходящая — та, с которой надо начать."))</p>
        <div id="wizard" data-contract="\(SiteModel.wizardContractPath)" data-texts="\(SiteModel.wizardTextsPath(code))" aria-live="polite"></div>
        <div id="wizard-static">
        <p class="no-print">\(typesetHTML("Пошаговая проверка работает с включённым JavaScript. Ниже — те же причины таблицей."))</p>

        """
        let symptomQuestion = knowledgeBase.question(fact: DiagnosticContract.symptomFact)
        for option in symptomQuestion?.options ?? [] where option.value != DiagnosticContract.unknown {
            let causes = contract.causes.filter { cause in
                !cause.isFallback && (option.value == DiagnosticContract.otherSymptom || cause.symptoms.include(option.value))
            }
            main += "<section>\n<h2 id=\"\(option.value)\">\(typesetHTML(option.label))</h2>\n"
            if causes.isEmpty {
                main += "<p>" + typesetHTML("Причину по описанию не определить.") + "</p>\n"
            }
            for cause in causes {
                guard let content = knowledgeBase.cause(id: cause.id) else { continue }
                main += causeHTML(content)
            }
            if let fallback = contract.causes.first(where: \.isFallback), let content = knowledgeBase.cause(id: fallback.id) {
                main += "<p>\(typesetHTML("Если ничего не подошло:")) <a href=\"\(SiteModel.articlePath(content.article, region: code))\">\(typesetHTML(content.title))</a>.</p>\n"
            }
            main += "</section>\n"
        }
        main += "</div>\n"
        return PageShell(title: "Не получается войти в Дневник.ру", description: "Проверка: почему не получается войти в Дневник.ру через Госуслуги и что делать.",
            path: SiteModel.wizardPath(code), region: region,
            breadcrumb: [(region.name, SiteModel.regionPath(code)), ("Не получается войти", nil)],
            main: main, scripts: site.scripts(for: .wizard)).render(site: site)
    }

    private func causeHTML(_ cause: DiagnosticCause) -> String {
        var html = "<div class=\"cause\">\n<h3>\(typesetHTML(site.knowledgeBase.resolve(cause.title, region: code)))</h3>\n"
        html += "<p><strong>Проверьте:</strong> \(typesetHTML(site.knowledgeBase.resolve(cause.check, region: code)))</p>\n"
        let parties = cause.fixBy.map(site.label(of:)).joined(separator: ", ")
        html += "<p><strong>Кто исправляет:</strong> \(parties).</p>\n"
        html += ArticleMarkdown.html(site.knowledgeBase.resolve(cause.remedy, region: code), region: code, site: site)
        html += "<p><a href=\"\(SiteModel.articlePath(cause.article, region: code))\">Подробнее</a></p>\n</div>\n"
        return html
    }
}
