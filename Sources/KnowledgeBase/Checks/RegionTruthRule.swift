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
                "the facts of region \(region.code) (\(region.name)) were last confirmed in \(confirmed), more than \(maximumAgeInMonths) months before \(checker.today)",
                hint: "check the sources again, then update 'confirmed' (and the facts)"))
        }
        for article in knowledgeBase.articles where article.about == .dnevnik {
            guard case .list(let items)? = article.source.frontMatter["regions"]?.value else { continue }
            for item in items {
                guard let region = knowledgeBase.region(code: item.text), region.dnevnikUse == .no else { continue }
                diagnostics.append(checker.error(
                    article.path, item.position,
                    "the article is about Dnevnik.ru, but region \(region.code) (\(region.name)) does not use it (dnevnik_ru: no)",
                    hint: "remove \(region.code) from 'regions', or write 'about: gosuslugi' if the article is true in every region"))
            }
        }
        for article in knowledgeBase.regionalArticles where article.about == .dnevnik && !article.isHistory {
            guard let code = article.regionCode, let region = knowledgeBase.region(code: code), region.dnevnikUse == .no else { continue }
            let position = article.source.frontMatter["about"]?.keyPosition ?? .fileStart
            diagnostics.append(checker.error(
                article.path, position,
                "region \(code) (\(region.name)) does not use Dnevnik.ru, so an article about it can be kept there only as history",
                hint: "add 'history: true' and tell the old flow in the past tense, or write 'about: gosuslugi'"))
        }
        return diagnostics
    }
}
