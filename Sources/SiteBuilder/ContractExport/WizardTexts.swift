import KnowledgeBase

/// The words of the wizard for one region, as JSON: each question's wording for a parent,
/// its options' labels and its hint (HTML); each cause's title, what to check, who acts,
/// the remedy (HTML) and the address of its article in the region. Texts shown as they are
/// get the site's typography (`Typography`).
struct WizardTexts {
    let site: SiteModel
    let code: String

    func json() -> String {
        let knowledgeBase = site.knowledgeBase
        var out = "{\"questions\":{"
        out += knowledgeBase.questions.map { question in
            let options = question.options.map { "\(JSONText.quote($0.value)):\(JSONText.quote(Typography.apply($0.label)))" }.joined(separator: ",")
            let hint = ArticleMarkdown.html(knowledgeBase.resolve(question.hint, region: code), region: code, site: site)
            return JSONText.quote(question.fact) + ":{\"text\":" + JSONText.quote(Typography.apply(knowledgeBase.resolve(question.wizardText, region: code)))
                + ",\"options\":{" + options + "},\"hint\":" + JSONText.quote(hint) + "}"
        }.joined(separator: ",")
        out += "},\"causes\":{"
        out += knowledgeBase.causes.map { cause in
            let article = site.article(cause.article, in: code)
            var fields = [
                "\"title\":" + JSONText.quote(Typography.apply(knowledgeBase.resolve(cause.title, region: code))),
                "\"check\":" + JSONText.quote(Typography.apply(knowledgeBase.resolve(cause.check, region: code))),
                "\"fixBy\":" + JSONText.quote(cause.fixBy.map(site.label(of:)).joined(separator: ", ")),
                "\"remedy\":" + JSONText.quote(ArticleMarkdown.html(knowledgeBase.resolve(cause.remedy, region: code), region: code, site: site)),
            ]
            if let article {
                fields.append("\"article\":" + JSONText.quote(SiteModel.articlePath(article.id, region: code)))
                fields.append("\"articleTitle\":" + JSONText.quote(Typography.apply(article.title)))
            }
            return JSONText.quote(cause.id) + ":{" + fields.joined(separator: ",") + "}"
        }.joined(separator: ",")
        return out + "}}\n"
    }
}
