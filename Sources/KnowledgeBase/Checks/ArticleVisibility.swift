/// Which regions show each article id, computed once for the link and reference checks.
struct ArticleVisibility {
    enum Shown {
        /// A common article with no `regions:`.
        case everywhere
        case only(Set<String>)
    }

    private let knowledgeBase: KnowledgeBase
    private var shown: [String: Shown] = [:]
    /// Id → the regions with their own version (override or addition), sorted.
    private(set) var regionalVersions: [String: [String]] = [:]

    init(_ knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        for article in knowledgeBase.articles {
            shown[article.id] = article.regions.map { .only(Set($0)) } ?? .everywhere
        }
        for article in knowledgeBase.regionalArticles {
            guard let code = article.regionCode else { continue }
            regionalVersions[article.id, default: []].append(code)
            switch shown[article.id] {
            case .everywhere?: break
            case .only(var codes)?:
                codes.insert(code)
                shown[article.id] = .only(codes)
            case nil:
                shown[article.id] = .only([code])
            }
        }
    }

    /// Whether any file, common or regional, has this id.
    func exists(_ id: String) -> Bool {
        shown[id] != nil
    }

    /// The parts of `scope` that do not show `id`: `nil` for "no region" when there is no
    /// common article `id`, then the region codes, sorted.
    func missing(_ id: String, in scope: TextScope) -> [String?] {
        var missing: [String?] = []
        if scope.includesNoRegion, knowledgeBase.article(id: id) == nil { missing.append(nil) }
        switch shown[id] {
        case nil: missing += scope.regionCodes.map { $0 }
        case .everywhere?: break
        case .only(let codes)?: missing += scope.regionCodes.filter { !codes.contains($0) }.map { $0 }
        }
        return missing
    }

    /// The distinct versions of `id` that a text with `scope` links to.
    func versions(of id: String, in scope: TextScope) -> [Article] {
        let regional = (regionalVersions[id] ?? []).filter { scope.regionSet.contains($0) }
        var versions = regional.compactMap { knowledgeBase.regionalArticle(id: id, region: $0) }
        if let common = knowledgeBase.article(id: id), scope.includesNoRegion || scope.regionCodes.count > regional.count {
            versions.insert(common, at: 0)
        }
        return versions
    }
}
