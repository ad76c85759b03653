/// Articles about another system's family (`about: system`) carry what they rest on and stay
/// in the regions of their family: without sources an article is an error, an article (or a
/// regional one) shown in a region of another family is an error, and a source seen more than
/// 12 months before the day of the check is a warning naming the article.
enum SystemArticleRule {
    static let maximumAgeInMonths = RegionTruthRule.maximumAgeInMonths

    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        var diagnostics: [Diagnostic] = []
        let today = ContentMonth(checker.today)
        for article in knowledgeBase.articles + knowledgeBase.regionalArticles where article.about == .system {
            let aboutPosition = article.source.frontMatter["about"]?.keyPosition ?? .fileStart
            guard let family = article.system else { continue }  // reported while loading
            if article.sources.isEmpty {
                diagnostics.append(checker.error(
                    article.path, aboutPosition, Messages.Checks.systemArticleWithoutSources,
                    hint: Messages.Checks.systemArticleWithoutSourcesHint))
            }
            if case .list(let items)? = article.source.frontMatter["sources"]?.value {
                for item in items {
                    guard let seen = seenDate(item.text), ContentMonth(seen).months(until: today) > maximumAgeInMonths else { continue }
                    diagnostics.append(checker.warning(
                        article.path, item.position,
                        Messages.Checks.systemSourceTooOld(article: article.id, seen: seen, months: maximumAgeInMonths, today: checker.today),
                        hint: Messages.Checks.systemSourceTooOldHint))
                }
            }
            // Shown in a region of another family: by its `regions:`, or as a regional article.
            var wrong: [(code: String, position: TextPosition)] = []
            if let code = article.regionCode {
                wrong.append((code, aboutPosition))
            } else if case .list(let items)? = article.source.frontMatter["regions"]?.value {
                wrong += items.map { ($0.text, $0.position) }
            }
            for (code, position) in wrong {
                // A region file without `dnevnik_ru` is reported on its own; its family is unknown.
                guard let region = knowledgeBase.region(code: code), region.ownKeys.contains("dnevnik_ru"),
                      region.family != family else { continue }
                diagnostics.append(checker.error(
                    article.path, position,
                    Messages.Checks.systemArticleInOtherRegion(system: family, code: code, name: region.name, family: region.family),
                    hint: Messages.Checks.systemArticleInOtherRegionHint))
            }
        }
        return diagnostics
    }

    /// The date in `(seen YYYY-MM-DD)` at a source's end, if it says one.
    static func seenDate(_ source: String) -> ContentDate? {
        guard let range = source.range(of: "seen ", options: .backwards) else { return nil }
        let date = source[range.upperBound...].prefix(10)
        return ContentDate(String(date))
    }
}
