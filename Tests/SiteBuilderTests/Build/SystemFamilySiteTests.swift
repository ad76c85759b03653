import Foundation
import Testing
@testable import SiteBuilder

/// A region of each covered family (ТОР «Моя школа» 04, «Сетевой город» 03, МЭШ 02 and
/// Moscow 77) shows its family's articles, leads its home with their sign-in steps, and finds
/// them in its search; a Dnevnik.ru region shows none of them.
@Suite struct SystemFamilySiteTests {
    @Test func eachFamilyRegionShowsItsOwnSystemsArticles() throws {
        let (site, files) = try RegionTruthSiteTests.build(["04", "03", "02", "77", "55"])
        defer { try? FileManager.default.removeItem(at: site) }
        let families: [(code: String, prefix: String, signIn: String, system: String)] = [
            ("04", "top-", "top-login-parent", "«Госуслуги Моя школа»"),
            ("03", "sgo-", "sgo-login-parent", "«Сетевой город. Образование»"),
            ("02", "mesh-", "mesh-login-parent", "«Моя школа (на\u{A0}базе МЭШ)»"),
            ("77", "mesh-", "mesh-login-parent-moscow", "«МЭШ»"),
        ]
        for family in families {
            let home = try RegionTruthSiteTests.text(site, "\(family.code)/index.html")
            let lead = try #require(home.range(of: "id=\"kak-voyti\""), "\(family.code) has no sign-in section")
            // The sign-in section comes before the system's facts and the contacts.
            #expect(home.range(of: "Куда обращаться")?.lowerBound ?? home.endIndex > lead.lowerBound, "\(family.code)")
            #expect(home.contains("href=\"/\(family.code)/\(family.signIn)/\""), "\(family.code)")
            #expect(files.contains("\(family.code)/\(family.signIn)/index.html"))
            #expect(home.contains("Вход в\u{A0}электронный дневник \(family.system)") || home.contains("Вход в электронный дневник \(family.system)"),
                    "\(family.code) names its sign-in section after its system")
            let others = files.filter { $0.hasPrefix("\(family.code)/") && ($0.contains("/top-") || $0.contains("/sgo-") || $0.contains("/mesh-")) }
            #expect(others.allSatisfy { $0.contains("/\(family.prefix)") }, "\(family.code) shows another family's article")
            let index = try RegionTruthSiteTests.text(site, "\(family.code)/search-index.json")
            #expect(index.contains("/\(family.code)/\(family.signIn)/"), "\(family.code)'s search finds its sign-in article")
        }
        // Moscow signs in with mos.ru: the regions' МЭШ articles (through Gosuslugi) are not its.
        #expect(!files.contains("77/mesh-login-parent/index.html"))
        #expect(!files.contains("02/mesh-login-parent-moscow/index.html"))
        #expect(!files.contains { $0.hasPrefix("55/") && ($0.contains("/top-") || $0.contains("/sgo-") || $0.contains("/mesh-")) })
        let sitemap = try RegionTruthSiteTests.text(site, "sitemap.xml")
        #expect(sitemap.contains("/04/top-login-parent/"))
    }
}
