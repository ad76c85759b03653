import Foundation
import Testing
@testable import SiteBuilder

/// `/NN/leaflet/`: the one-sheet handout for a parents' meeting, from the shipped `Articles/`.
/// (That it prints on one A4 page and that a phone reads its codes is checked in a real browser
/// by `scripts/check-leaflet.sh`.)
@Suite struct LeafletPageTests {
    @Test func dnevnikRegionLeafletHasStepsNeedsContactsAndTwoCodes() throws {
        let (site, files) = try RegionTruthSiteTests.build(["55"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(files.contains("55/leaflet/index.html"))
        let page = try RegionTruthSiteTests.text(site, "55/leaflet/index.html")
        #expect(page.contains("<body class=\"leaflet\">"))
        #expect(page.contains("https://login.dnevnik.ru/login/esia/omsk"))
        #expect(page.contains("«Войти через Госуслуги»"))
        for who in ["Родителю и\u{A0}ученику от\u{A0}18\u{A0}лет", "Ученику 14–17\u{A0}лет", "Ребёнку до\u{A0}14\u{A0}лет"] {
            #expect(page.contains(who), "\(who)")
        }
        #expect(page.contains("ЗАГС"))
        // Once: Omsk's own support sentence names the number too, and is not printed under it.
        #expect(page.components(separatedBy: "8-800-381-1234").count - 1 == 1)
        #expect(page.contains("Данные проверены в\u{A0}сентябре 2026\u{A0}года"))
        #expect(page.components(separatedBy: "<svg").count - 1 == 2)
        #expect(page.contains("<span class=\"address\">https://example.org/55/</span>"))
        #expect(page.contains("<span class=\"address\">https://example.org/55/diagnose/</span>"))
        let home = try RegionTruthSiteTests.text(site, "55/index.html")
        #expect(home.contains("href=\"/55/leaflet/\""))
        let checklist = try RegionTruthSiteTests.text(site, "55/school-parent-meeting-checklist/index.html")
        #expect(checklist.contains("href=\"/55/leaflet/\""))
        let sitemap = try RegionTruthSiteTests.text(site, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/55/leaflet/</loc>"))
    }

    @Test func regionWithoutDnevnikLeafletNamesItsSystem() throws {
        let (site, _) = try RegionTruthSiteTests.build(["77", "92"])
        defer { try? FileManager.default.removeItem(at: site) }
        let moscow = try RegionTruthSiteTests.text(site, "77/leaflet/index.html")
        #expect(moscow.contains("«МЭШ»"))
        #expect(moscow.contains("<span class=\"address\">https://school.mos.ru</span>"))
        #expect(!moscow.contains("Войти через Госуслуги"))
        #expect(!moscow.contains("/diagnose/"))
        #expect(moscow.components(separatedBy: "<svg").count - 1 == 2)
        let sevastopol = try RegionTruthSiteTests.text(site, "92/leaflet/index.html")
        #expect(sevastopol.components(separatedBy: "<svg").count - 1 == 1, "no system address: the region's help only")
    }
}
