import KnowledgeBase

/// `/NN/diagnose/`: "Не получается войти?". Without JavaScript it is a decision table: for
/// each symptom, the causes that can explain it, what to check, who acts and the remedy.
struct WizardPage {
    let site: SiteModel
    /// The region, assembled once; the page lays it out.
    let profile: RegionProfile
    var code: String { profile.code }
    private var words: PageWords { site.words(.wizard) }

    func render() -> String {
        let region = profile.region
        let knowledgeBase = site.knowledgeBase
        let contract = knowledgeBase.contract
        var main = """
        <h1>\(words.html("heading"))</h1>
        <p class="lead">\(words.html("lead"))</p>
        <div id="wizard" data-contract="\(SiteModel.wizardContractPath)" data-texts="\(SiteModel.wizardTextsPath(code))" aria-live="polite"></div>
        <div id="wizard-static">
        <p class="no-print">\(words.html("noscript"))</p>

        """
        let symptomQuestion = knowledgeBase.question(fact: DiagnosticContract.symptomFact)
        for option in symptomQuestion?.options ?? [] where option.value != DiagnosticContract.unknown {
            let causes = contract.causes.filter { cause in
                !cause.isFallback && (option.value == DiagnosticContract.otherSymptom || cause.symptoms.include(option.value))
            }
            main += "<section>\n<h2 id=\"\(option.value)\">\(typesetHTML(option.label))</h2>\n"
            if causes.isEmpty {
                main += "<p>" + words.html("no_cause") + "</p>\n"
            }
            for cause in causes {
                guard let content = knowledgeBase.cause(id: cause.id) else { continue }
                main += causeHTML(content)
            }
            if let fallback = contract.causes.first(where: \.isFallback), let content = knowledgeBase.cause(id: fallback.id) {
                main += "<p>\(words.html("fallback")) <a href=\"\(SiteModel.articlePath(content.article, region: code))\">\(typesetHTML(content.title))</a>.</p>\n"
            }
            main += "</section>\n"
        }
        main += "</div>\n"
        return PageShell(title: words.plain("page_title"), description: words.plain("description"),
            path: SiteModel.wizardPath(code), region: region,
            breadcrumb: [(region.name, SiteModel.regionPath(code)), (words.plain("breadcrumb"), nil)],
            main: main, scripts: site.scripts(for: .wizard)).render(site: site)
    }

    private func causeHTML(_ cause: DiagnosticCause) -> String {
        var html = "<div class=\"cause\">\n<h3>\(typesetHTML(site.knowledgeBase.resolve(cause.title, region: code)))</h3>\n"
        html += "<p><strong>\(escapeHTML(words.plain("check")))</strong> \(typesetHTML(site.knowledgeBase.resolve(cause.check, region: code)))</p>\n"
        let parties = cause.fixBy.map(site.label(of:)).joined(separator: ", ")
        html += "<p><strong>\(escapeHTML(words.plain("fix_by")))</strong> \(parties).</p>\n"
        html += ArticleMarkdown.html(site.knowledgeBase.resolve(cause.remedy, region: code), region: code, site: site)
        html += "<p><a href=\"\(SiteModel.articlePath(cause.article, region: code))\">\(escapeHTML(words.plain("more")))</a></p>\n</div>\n"
        return html
    }
}
