/// Every federal subject has a region file and no other code has one; `_defaults.md` exists;
/// regional articles belong to a region with a file.
enum RegionFilesRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        var diagnostics: [Diagnostic] = []
        if knowledgeBase.defaults.path.isEmpty {
            diagnostics.append(checker.error(checker.path("regions/_defaults.md"), .fileStart,
                                             "missing regions/_defaults.md: the values every region inherits"))
        }
        let subjects = Dictionary(checker.federalSubjects.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        for subject in checker.federalSubjects where knowledgeBase.region(code: subject.code) == nil {
            diagnostics.append(checker.error(checker.path("regions/\(subject.code).md"), .fileStart,
                                             "missing region file for \(subject.code) (\(subject.name))"))
        }
        for region in knowledgeBase.regions {
            guard let officialName = subjects[region.code] else {
                diagnostics.append(checker.error(region.path, .fileStart, "unknown region code '\(region.code)': not a federal subject"))
                continue
            }
            if case .scalar(let name)? = region.source.frontMatter["name"]?.value, name.text != officialName {
                diagnostics.append(checker.warning(region.path, name.position, "name differs from the official name '\(officialName)'"))
            }
        }
        for article in knowledgeBase.regionalArticles {
            guard let code = article.regionCode, knowledgeBase.region(code: code) == nil else { continue }
            diagnostics.append(checker.error(article.path, .fileStart, "regional article for region \(code), which has no regions/\(code).md"))
        }
        return diagnostics
    }
}
