/// One file of the site to render.
enum Page: Sendable {
    case chooser
    case regionHome(String)
    case article(String, region: String)
    case wizard(String)
    case wizardTexts(String)
    case wizardContract
    case search(String)
    case leaflet(String)
    case searchIndex(String)
    case notFound
    case sitemap
    case robots
    case feed
    /// The operators' console, `/operator/`, its list of regions and each region's words.
    case operatorConsole
    case operatorRegions
    case operatorTexts(String)
}

/// Decides which pages the site has: a region shows only the articles that apply to it (see
/// ``SiteModel``) and the wizard only where its schools use Dnevnik.ru.
struct Assembler {
    let site: SiteModel

    func pages() -> [Page] {
        var pages: [Page] = [.chooser, .notFound, .sitemap, .robots, .feed, .wizardContract, .operatorConsole, .operatorRegions]
        for region in site.regions {
            pages.append(.regionHome(region.code))
            pages.append(.leaflet(region.code))
            // The wizard diagnoses Dnevnik.ru logins: a region without Dnevnik.ru has none.
            if region.dnevnikUse.includesDnevnik {
                pages.append(.wizard(region.code))
                pages.append(.wizardTexts(region.code))
                pages.append(.operatorTexts(region.code))
            }
            pages.append(.search(region.code))
            pages.append(.searchIndex(region.code))
            for article in site.articles(in: region.code) {
                pages.append(.article(article.id, region: region.code))
            }
        }
        return pages
    }
}
