import Foundation
import KnowledgeBase

/// The site's search outside a build: what a region's search page answers a query with today,
/// from the knowledge base as it is now. `spravka stats --access-log` re-ranks the searches of
/// the log with it, so that its report says what a parent would get now.
public final class SiteSearch: @unchecked Sendable {
    /// A query's best result.
    public struct Answer: Equatable, Sendable {
        public var title: String
        public var path: String
        /// Whether the search page would call it a weak answer and offer other help.
        public var isWeak: Bool
    }

    private let site: SiteModel?
    private let lock = NSLock()
    private var indexes: [String: SearchIndex] = [:]

    /// A region the knowledge base cannot assemble (`spravka check` says why) has no search.
    public init(knowledgeBase: KnowledgeBase, regions: [String]) {
        site = try? SiteModel(knowledgeBase: knowledgeBase, regionCodes: regions, baseURL: "", theme: Theme(sources: []))
    }

    /// The best result for `query` in `region`, or `nil` when nothing is found (or the region
    /// is not one of this search's).
    public func answer(_ query: String, region: String) -> Answer? {
        guard let index = index(region) else { return nil }
        let response = index.respond(to: query)
        guard let best = response.results.first else { return nil }
        return Answer(title: best.title, path: best.url, isWeak: response.isWeak)
    }

    /// An article's title as the region shows it.
    public func title(ofArticle id: String, region: String) -> String? {
        site?.article(id, in: region)?.title
    }

    private func index(_ region: String) -> SearchIndex? {
        lock.lock()
        defer { lock.unlock() }
        if let known = indexes[region] { return known }
        guard let site, let profile = site.regions.first(where: { $0.code == region }) else { return nil }
        let index = SearchPage(site: site, profile: profile).searchIndex()
        indexes[region] = index
        return index
    }
}
