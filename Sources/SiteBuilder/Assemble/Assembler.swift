import KnowledgeBase

/// One file of the site to render.
enum Page: Sendable {
    case chooser
    case regionHome(RegionProfile)
    case article(String, region: RegionProfile)
    case wizard(RegionProfile)
    case wizardTexts(String)
    case wizardContract
    case search(RegionProfile)
    case leaflet(RegionProfile)
    case searchIndex(RegionProfile)
    case notFound
    case sitemap
    case robots
    case feed
    /// The operators' console, `/operator/`, its list of regions and each region's words.
    case operatorConsole
    case operatorRegions
    case operatorTexts(RegionProfile)
    /// Where «Помогла ли статья?» leads: «Да» or «Нет».
    case vote(RegionProfile, helped: Bool)
}

/// Decides which pages the site has: a region shows only the articles that apply to it (see
/// ``SiteModel``) and the wizard only where its schools use Dnevnik.ru.
struct Assembler {
    let site: SiteModel

    func pages() -> [Page] {
        var pages: [Page] = [.chooser, .notFound, .sitemap, .robots, .feed, .wizardContract, .operatorConsole, .operatorRegions]
        for region in site.regions {
            pages.append(.regionHome(region))
            pages.append(.leaflet(region))
            // The wizard diagnoses Dnevnik.ru logins: a region without Dnevnik.ru has none.
            if region.use.includesDnevnik {
                pages.append(.wizard(region))
                pages.append(.wizardTexts(region.code))
                pages.append(.operatorTexts(region))
            }
            pages.append(.vote(region, helped: true))
            pages.append(.vote(region, helped: false))
            pages.append(.search(region))
            pages.append(.searchIndex(region))
            for article in site.articles(in: region.code) {
                pages.append(.article(article.id, region: region))
            }
        }
        return pages
    }
}
