import Foundation
import KnowledgeBase
import Testing
@testable import SiteBuilder

/// The built site tells each region the truth about its e-diary: Moscow (МЭШ), Omsk
/// (Dnevnik.ru), Saint Petersburg (its own system, Dnevnik.ru in single schools). Built from
/// the shipped `Articles/`.
@Suite(.serialized) struct RegionTruthSiteTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Builds `regions` into a new folder; returns it with the list of files written.
    static func build(_ regions: [String]) throws -> (URL, Set<String>) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-truth-\(UUID().uuidString)")
        let options = SiteBuilder.Options(
            articles: repository.appendingPathComponent("Articles"), theme: repository.appendingPathComponent("site"),
            output: output, baseURL: "https://example.org", regions: regions)
        let report = try SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        return (output, Set(report.files.map(\.path)))
    }

    static func text(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func moscowHomeLeadsWithItsSystemAndHasNoDnevnikPages() throws {
        let (site, files) = try Self.build(["77"])
        defer { try? FileManager.default.removeItem(at: site) }
        let home = try Self.text(site, "77/index.html")
        #expect(home.contains("<h1>Электронный дневник в\u{A0}Москве — МЭШ</h1>") || home.contains("<h1>Электронный дневник в Москве — МЭШ</h1>"))
        #expect(home.contains("<title>Электронный дневник в Москве — МЭШ — Справка</title>"))
        #expect(home.contains("href=\"https://school.mos.ru\""))
        #expect(home.contains("Данные проверены в\u{A0}сентябре 2026\u{A0}года; источник"))
        #expect(!home.contains("/77/diagnose/"), "no wizard link")
        #expect(!files.contains("77/diagnose/index.html"))
        #expect(!files.contains("77/login-website/index.html"))
        // Only articles true in any region (about Gosuslugi, or the region's own history) and
        // those about the region's own system (МЭШ).
        let (knowledgeBase, _) = KnowledgeBase.load(directory: Self.repository.appendingPathComponent("Articles"))
        let ids = files.filter { $0.hasPrefix("77/") && $0.hasSuffix("/index.html") }
            .map { String($0.dropFirst(3).dropLast("/index.html".count)) }
            .filter { !$0.isEmpty && !Article.reservedIDs.contains(String($0.prefix { $0 != "/" })) }
        #expect(!ids.isEmpty)
        for id in ids {
            let article = try #require(knowledgeBase.article(id: id, region: "77"), "\(id)")
            #expect(article.about == .gosuslugi || article.isHistory || (article.about == .system && article.system == .mesh),
                    "\(id) is about Dnevnik.ru or another system")
        }
        let index = try Self.text(site, "77/search-index.json")
        #expect(!index.contains("/77/login-website/"))
    }

    @Test func omskAndPetersburgKeepTheirDnevnikPages() throws {
        let (site, files) = try Self.build(["55", "78"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(files.contains("55/diagnose/index.html"))
        #expect(files.contains("78/diagnose/index.html"))
        #expect(files.contains("78/login-website/index.html"))
        let omsk = try Self.text(site, "55/index.html")
        #expect(omsk.contains("<title>Дневник.ру в Омской области: вход через Госуслуги — Справка</title>"))
        #expect(omsk.contains("https://login.dnevnik.ru/login/esia/omsk"))
        #expect(omsk.contains("Данные проверены в\u{A0}сентябре 2026\u{A0}года"))
        let petersburg = try Self.text(site, "78/index.html")
        #expect(petersburg.contains("<title>Электронный дневник в Санкт-Петербурге — Петербургское образование — Справка</title>"))
        #expect(petersburg.contains("Если ваша школа работает в\u{A0}Дневник.ру"))
        let system = try #require(petersburg.range(of: "dnevnik2.petersburgedu.ru"))
        let dnevnik = try #require(petersburg.range(of: "/78/diagnose/"))
        #expect(system.lowerBound < dnevnik.lowerBound, "the city's system comes first")
        let sitemap = try Self.text(site, "sitemap.xml")
        #expect(sitemap.contains("https://example.org/55/diagnose/"))
    }

    @Test func chooserShowsEachRegionsSystem() throws {
        let (site, _) = try Self.build(["55", "77", "78"])
        defer { try? FileManager.default.removeItem(at: site) }
        let chooser = try Self.text(site, "index.html")
        #expect(chooser.contains("<a href=\"/77/\">Москва</a> <span class=\"system\">— МЭШ</span>"))
        #expect(chooser.contains("<a href=\"/55/\">Омская область</a> <span class=\"system\">— Дневник.ру</span>"))
        #expect(chooser.contains("<a href=\"/78/\">Санкт-Петербург</a> <span class=\"system\">— Петербургское образование; в\u{A0}отдельных школах Дневник.ру</span>"))
        #expect(chooser.contains("id=\"region-filter\""))
    }

    /// Every region without Dnevnik.ru, every file: no Dnevnik.ru address, no link to a page the
    /// site does not have, nothing of the wizard.
    @Test func noPageOfARegionWithoutDnevnikShowsItsAddress() throws {
        let (knowledgeBase, _) = KnowledgeBase.load(directory: Self.repository.appendingPathComponent("Articles"))
        let without = knowledgeBase.regions.filter { $0.dnevnikUse == .no }.map(\.code)
        #expect(without.count == 75)
        let (site, files) = try Self.build(without)
        defer { try? FileManager.default.removeItem(at: site) }
        var checked = 0
        // The operators' console is the hotlines' tool for every region, not a page of one (it
        // loads the interview's contract, and asks nothing in these regions: OperatorConsoleTests).
        for path in files.sorted() where (path.hasSuffix(".html") || path.hasSuffix(".json") || path.hasSuffix(".xml"))
            && !path.hasPrefix("operator/") {
            let text = try Self.text(site, path)
            #expect(DnevnikAddress.find(in: text).isEmpty, "\(path) shows \(DnevnikAddress.find(in: text).map(\.text))")
            #expect(!text.contains("/diagnose/"), "\(path) links to a wizard")
            for match in text.components(separatedBy: "href=\"/").dropFirst() {
                let target = String(match.prefix { $0 != "\"" && $0 != "#" && $0 != "?" })
                let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
                #expect(files.contains(file), "\(path) links to /\(target), which the site does not have")
            }
            checked += 1
        }
        #expect(checked > 75 * 10)
    }
}

/// A region home on a phone: how to sign in and whom to call first, the rest folded by who
/// the reader is and by section.
@Suite struct RegionHomeLayoutTests {
    @Test func omskHomeLeadsWithSignInAndContacts() throws {
        let (site, _) = try RegionTruthSiteTests.build(["55"])
        defer { try? FileManager.default.removeItem(at: site) }
        let home = try RegionTruthSiteTests.text(site, "55/index.html")
        let order = ["id=\"kak-voiti\"", "https://login.dnevnik.ru/login/esia/omsk", "id=\"kuda-obrashchatsya\"",
                     "href=\"tel:", "/55/diagnose/", "Данные проверены", "id=\"kto-vy\"", "id=\"vse-stati\""]
        var previous = home.startIndex
        for marker in order {
            let found = try #require(home.range(of: marker, range: previous..<home.endIndex), "\(marker) missing or out of order")
            previous = found.upperBound
        }
        // Every article list is folded: no card list outside a <details>.
        let sections = home.components(separatedBy: "<details")
        #expect(sections.first?.contains("card-list") == false)
        #expect(home.contains("<details id=\"login\"><summary>Вход в\u{A0}Дневник.ру ("))
        // Page words get the typography of articles: «Я» joined to the next word.
        #expect(home.contains("<summary>\(Typography.apply("Я родитель"))</summary>"))
    }

    @Test func regionWithoutHotlineSaysSoAndPointsToTheSchool() throws {
        let (site, _) = try RegionTruthSiteTests.build(["77"])
        defer { try? FileManager.default.removeItem(at: site) }
        let home = try RegionTruthSiteTests.text(site, "77/index.html")
        #expect(home.contains(Typography.apply("Горячей линии по электронному дневнику в регионе мы не знаем.")))
        #expect(!home.contains("href=\"tel:"))
        #expect(home.contains("своей школе"))
    }
}
