import Foundation
import KnowledgeBase

/// A file of the finished site: its path inside the output folder and its bytes.
struct OutputFile: Sendable, Equatable {
    var path: String
    var bytes: [UInt8]
}

/// Renders pages to files, in parallel; the output's order follows the input's.
struct Renderer: Sendable {
    let site: SiteModel

    func render(_ pages: [Page]) -> [OutputFile] {
        pages.concurrentMap(render)
    }

    func render(_ page: Page) -> OutputFile {
        switch page {
        case .chooser:
            return html("index.html", ChooserPage(site: site).render())
        case .regionHome(let region):
            return html("\(region.code)/index.html", RegionHomePage(site: site, profile: region).render())
        case .article(let id, let region):
            return html("\(region.code)/\(id)/index.html", ArticlePage(site: site, profile: region, id: id).render())
        case .wizard(let region):
            return html("\(region.code)/diagnose/index.html", WizardPage(site: site, profile: region).render())
        case .wizardTexts(let code):
            return OutputFile(path: "\(code)/diagnose/texts.json", bytes: Array(WizardTexts(site: site, code: code).json().utf8))
        case .wizardContract:
            return OutputFile(path: "diagnose/contract.json", bytes: Array(WizardContract.json(site.knowledgeBase).utf8))
        case .leaflet(let region):
            return html("\(region.code)/leaflet/index.html", LeafletPage(site: site, profile: region).render())
        case .search(let region):
            return html("\(region.code)/search/index.html", SearchPage(site: site, profile: region).render())
        case .searchIndex(let region):
            return OutputFile(path: "\(region.code)/search-index.json", bytes: SearchPage(site: site, profile: region).index())
        case .operatorConsole:
            return html("operator/index.html", OperatorPage(site: site).render())
        case .operatorRegions:
            return OutputFile(path: "operator/regions.json", bytes: Array(OperatorTexts(site: site).regions().utf8))
        case .operatorTexts(let region):
            return OutputFile(path: "operator/\(region.code).json", bytes: Array(OperatorTexts(site: site).texts(region: region).utf8))
        case .vote(let region, let helped):
            return html("\(region.code)/vote/\(helped ? "yes" : "no")/index.html", VotePage(site: site, profile: region, helped: helped).render())
        case .notFound:
            return html("404.html", NotFoundPage(site: site).render())
        case .sitemap:
            return OutputFile(path: "sitemap.xml", bytes: Array(Feeds(site: site).sitemap().utf8))
        case .robots:
            return OutputFile(path: "robots.txt", bytes: Array(Feeds(site: site).robots().utf8))
        case .feed:
            return OutputFile(path: "feed.xml", bytes: Array(Feeds(site: site).atom().utf8))
        }
    }

    private func html(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, bytes: Array(text.utf8))
    }
}
