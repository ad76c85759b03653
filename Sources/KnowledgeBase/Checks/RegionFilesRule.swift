/// Every federal subject has a region file and no other code has one; `_defaults.md` exists;
/// regional articles belong to a region with a file.
enum RegionFilesRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        var diagnostics: [Diagnostic] = []
        if knowledgeBase.defaults.path.isEmpty {
            diagnostics.append(checker.error(checker.path("regions/_defaults.md"), .fileStart,
                                             Messages.Checks.missingDefaults))
        }
        let subjects = Dictionary(checker.federalSubjects.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        for subject in checker.federalSubjects where knowledgeBase.region(code: subject.code) == nil {
            diagnostics.append(checker.error(checker.path("regions/\(subject.code).md"), .fileStart,
                                             Messages.Checks.missingRegionFile(subject.code, name: subject.name)))
        }
        for region in knowledgeBase.regions {
            guard let officialName = subjects[region.code] else {
                diagnostics.append(checker.error(region.path, .fileStart, Messages.Checks.unknownRegionCode(region.code)))
                continue
            }
            if case .scalar(let name)? = region.source.frontMatter["name"]?.value, name.text != officialName {
                diagnostics.append(checker.warning(region.path, name.position, Messages.Checks.nameDiffers(official: officialName)))
            }
        }
        for article in knowledgeBase.regionalArticles {
            guard let code = article.regionCode, knowledgeBase.region(code: code) == nil else { continue }
            diagnostics.append(checker.error(article.path, .fileStart, Messages.Checks.regionalArticleWithoutRegion(code)))
        }
        return diagnostics
    }
}
