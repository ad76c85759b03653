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
        <h1>Не\u{A0}получается войти?</h1>
        <p class="lead">Найдите, что вы видите на\u{A0}экране, и\u{A0}проверьте причины по\u{A0}порядку: первая подходящая\u{A0}— та, с\u{A0}которой надо начать.</p>
        <div id="wizard" data-contract="\(SiteModel.wizardContractPath)" data-texts="\(SiteModel.wizardTextsPath(code))" aria-live="polite"></div>
        <div id="wizard-static">
        <p class="no-print">Пошаговая проверка работает с\u{A0}включённым JavaScript. Ниже\u{A0}— те же причины таблицей.</p>

        """
        let symptomQuestion = knowledgeBase.question(fact: DiagnosticContract.symptomFact)
        for option in symptomQuestion?.options ?? [] where option.value != DiagnosticContract.unknown {
            let causes = contract.causes.filter { cause in
                !cause.isFallback && (option.value == DiagnosticContract.otherSymptom || cause.symptoms.include(option.value))
            }
            main += "<section>\n<h2 id=\"\(option.value)\">\(typesetHTML(option.label))</h2>\n"
            if causes.isEmpty {
                main += "<p>Причину по\u{A0}описанию не\u{A0}определить.</p>\n"
            }
            for cause in causes {
                guard let content = knowledgeBase.cause(id: cause.id) else { continue }
                main += causeHTML(content)
            }
            if let fallback = contract.causes.first(where: \.isFallback), let content = knowledgeBase.cause(id: fallback.id) {
                main += "<p>Если ничего не\u{A0}подошло: <a href=\"\(SiteModel.articlePath(content.article, region: code))\">\(typesetHTML(content.title))</a>.</p>\n"
            }
            main += "</section>\n"
        }
        main += "</div>\n"
        return PageShell(title: "Не получается войти в Дневник.ру", description: "Проверка: почему не получается войти в Дневник.ру через Госуслуги и что делать.",
            path: SiteModel.wizardPath(code), region: region,
            breadcrumb: [(region.name, SiteModel.regionPath(code)), ("Не\u{A0}получается войти", nil)],
            main: main, scripts: site.scripts(for: .wizard)).render(site: site)
    }

    private func causeHTML(_ cause: DiagnosticCause) -> String {
        var html = "<div class=\"cause\">\n<h3>\(typesetHTML(site.knowledgeBase.resolve(cause.title, region: code)))</h3>\n"
        html += "<p><strong>Проверьте:</strong> \(typesetHTML(site.knowledgeBase.resolve(cause.check, region: code)))</p>\n"
        let parties = cause.fixBy.map(SiteModel.label(of:)).joined(separator: ", ")
        html += "<p><strong>Кто исправляет:</strong> \(parties).</p>\n"
        html += ArticleMarkdown.html(site.knowledgeBase.resolve(cause.remedy, region: code), region: code, site: site)
        html += "<p><a href=\"\(SiteModel.articlePath(cause.article, region: code))\">Подробнее</a></p>\n</div>\n"
        return html
    }
}
