/// Every region tells the truth about its e-diary: articles about Dnevnik.ru are not meant for
/// regions without it (except a regional article kept as history), and facts are dated, so
/// that old ones are flagged instead of silently shown.
enum RegionTruthRule {
    /// Facts confirmed longer ago than this are flagged.
    static let maximumAgeInMonths = 12

    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        var diagnostics: [Diagnostic] = []
        let today = ContentMonth(checker.today)
        for region in knowledgeBase.regions {
            guard let confirmed = region.confirmed, confirmed.months(until: today) > maximumAgeInMonths,
                  case .scalar(let value)? = region.source.frontMatter["confirmed"]?.value
            else { continue }
            diagnostics.append(checker.warning(
                region.path, value.position,
                Messages.Checks.factsTooOld(code: region.code, name: region.name, confirmed: confirmed, months: maximumAgeInMonths, today: checker.today),
                hint: Messages.Checks.factsTooOldHint))
        }
        for article in knowledgeBase.articles where article.about == .dnevnik {
            guard case .list(let items)? = article.source.frontMatter["regions"]?.value else { continue }
            for item in items {
                guard let region = knowledgeBase.region(code: item.text), region.dnevnikUse == .no else { continue }
                diagnostics.append(checker.error(
                    article.path, item.position,
                    Messages.Checks.dnevnikArticleInRegionWithout(code: region.code, name: region.name),
                    hint: Messages.Checks.dnevnikArticleInRegionWithoutHint(code: region.code)))
            }
        }
        for article in knowledgeBase.regionalArticles where article.about == .dnevnik && !article.isHistory {
            guard let code = article.regionCode, let region = knowledgeBase.region(code: code), region.dnevnikUse == .no else { continue }
            let position = article.source.frontMatter["about"]?.keyPosition ?? .fileStart
            diagnostics.append(checker.error(
                article.path, position,
                Messages.Checks.regionalDnevnikArticle(code: code, name: region.name),
                hint: Messages.Checks.regionalDnevnikArticleHint))
        }
        return diagnostics
    }
}
