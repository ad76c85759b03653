import KnowledgeBase

/// The operators' console data (`/operator/`): the regions it can be opened for, and for each
/// region where the interview applies, its words in the questions' **operator** wording.
///
/// The console's ticket summary must be the text of `spravka diagnose --transcript` byte for
/// byte, so the strings the summary is made of (question texts, answer labels, cause titles,
/// who acts) are carried as the terminal has them: resolved for the region, without the site's
/// typography, with the same fallbacks to ids. Hints and remedies are HTML for the screen.
struct OperatorTexts {
    let site: SiteModel

    /// `/operator/regions.json`: `{"regions":[{"code","name","use","notice"}]}` in the
    /// chooser's order; `use` is `yes`, `partly` or `no`; `notice` is what the interview says
    /// before asking (`no`: why it asks nothing; `partly`: for which schools it is), else null.
    func regions() -> String {
        let entries = site.regions.map { region -> String in
            let notice: String?
            switch region.use {
            case .yes: notice = nil
            case .partly: notice = InterviewNotice.partly(region)
            case .no: notice = InterviewNotice.notApplicable(region)
            }
            let noticeJSON: String = notice.map(JSONText.quote) ?? "null"
            let members: [String] = [
                "\"code\":" + JSONText.quote(region.code), "\"name\":" + JSONText.quote(region.name),
                "\"use\":" + JSONText.quote(region.use.rawValue), "\"notice\":" + noticeJSON,
            ]
            return "{" + members.joined(separator: ",") + "}"
        }
        return "{\"regions\":[" + entries.joined(separator: ",") + "]}\n"
    }

    /// `/operator/NN.json`: the region, each question (operator text, answer labels, hint as
    /// HTML) and each cause (title, who acts, what to check, what to say, remedy as HTML, the
    /// article's address), for every fact and cause of the contract.
    func texts(region: RegionProfile) -> String {
        let code = region.code
        let knowledgeBase = site.knowledgeBase
        let contract = knowledgeBase.contract
        func resolve(_ text: String) -> String { knowledgeBase.resolve(text, region: code) }
        let name = region.name
        var out = "{\"code\":" + JSONText.quote(code) + ",\"name\":" + JSONText.quote(name) + ",\"questions\":{"
        out += contract.facts.map { fact in
            let content = knowledgeBase.question(fact: fact.id)
            let options = fact.answerIDs.map { value in
                let label = content?.options.first { $0.value == value }.map { resolve($0.label) } ?? value
                return JSONText.quote(value) + ":" + JSONText.quote(label)
            }.joined(separator: ",")
            let hint = content.map { ArticleMarkdown.html(resolve($0.hint), region: code, site: site) } ?? ""
            return JSONText.quote(fact.id) + ":{\"text\":" + JSONText.quote(content.map { resolve($0.operatorText) } ?? fact.id)
                + ",\"options\":{" + options + "},\"hint\":" + JSONText.quote(hint) + "}"
        }.joined(separator: ",")
        out += "},\"causes\":{"
        out += contract.causes.map { cause in
            let content = knowledgeBase.cause(id: cause.id)
            let fixBy = content.map { $0.fixBy.isEmpty ? cause.fixBy : $0.fixBy } ?? cause.fixBy
            let article = content?.article ?? ""
            let fields = [
                "\"title\":" + JSONText.quote(content.map { resolve($0.title) } ?? cause.id),
                "\"fixBy\":" + JSONText.quote(Party.operatorList(fixBy)),
                "\"check\":" + JSONText.quote(content.map { resolve($0.check) } ?? ""),
                "\"say\":" + JSONText.quote(content.map { resolve($0.say) } ?? ""),
                "\"remedy\":" + JSONText.quote(content.map { ArticleMarkdown.html(resolve($0.remedy), region: code, site: site) } ?? ""),
                "\"article\":" + JSONText.quote(article.isEmpty ? "" : SiteModel.articlePath(article, region: code)),
            ]
            return JSONText.quote(cause.id) + ":{" + fields.joined(separator: ",") + "}"
        }.joined(separator: ",")
        return out + "}}\n"
    }
}
