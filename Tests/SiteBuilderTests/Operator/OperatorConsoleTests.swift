import Foundation
import KnowledgeBase
import Testing
@testable import SiteBuilder

/// `/operator/`: the operators' console page and the data it loads, from the shipped
/// `Articles/`. (That it asks, concludes, summarises and logs as `spravka diagnose` does is
/// proven in a real browser by `scripts/check-operator.sh`.)
@Suite struct OperatorConsoleTests {
    static let knowledgeBase = KnowledgeBase.load(
        directory: BuiltSite.repositoryRoot.appendingPathComponent("Articles"), relativeTo: BuiltSite.repositoryRoot).0

    @Test func pageIsForOperatorsOnlyAndLoadsTheSharedEngine() throws {
        let (site, files) = try RegionTruthSiteTests.build(["55", "77", "78"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(files.contains("operator/index.html"))
        let page = try RegionTruthSiteTests.text(site, "operator/index.html")
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!page.contains("rel=\"canonical\""))
        let scripts = page.components(separatedBy: "<script src=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(scripts.count == 3)
        #expect(scripts.first?.hasPrefix("/js/engine.") == true, "the engine before the faces that use it")
        #expect(scripts.last?.hasPrefix("/js/operator.") == true)
        #expect(!page.contains("/js/search."), "no parents' search on the console")
        #expect(page.contains("data-regions=\"/operator/regions.json\""))
        #expect(page.contains("data-texts=\"/operator/{code}.json\""))
        // Linked from nowhere a parent would click, not in the sitemap, disallowed to crawlers.
        for other in files where other.hasSuffix(".html") && other != "operator/index.html" {
            #expect(!(try RegionTruthSiteTests.text(site, other)).contains("href=\"/operator/"), "\(other) links the console")
        }
        #expect(!(try RegionTruthSiteTests.text(site, "sitemap.xml")).contains("/operator/"))
        #expect((try RegionTruthSiteTests.text(site, "robots.txt")).contains("Disallow: /operator/\n"))
    }

    @Test func regionsSayWhatTheInterviewSaysBeforeAsking() throws {
        let (site, files) = try RegionTruthSiteTests.build(["55", "77", "78"])
        defer { try? FileManager.default.removeItem(at: site) }
        let data = try Data(contentsOf: site.appendingPathComponent("operator/regions.json"))
        let regions = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["regions"] as? [[String: Any]])
        #expect(regions.map { $0["code"] as? String } == ["77", "55", "78"], "the chooser's order, by name")
        let knowledgeBase = Self.knowledgeBase
        for entry in regions {
            let code = try #require(entry["code"] as? String)
            let region = try #require(knowledgeBase.region(code: code))
            switch region.dnevnikUse {
            case .yes: #expect(entry["notice"] is NSNull)
            case .partly: #expect(entry["notice"] as? String == InterviewNotice.partly(try RegionProfile(code: code, in: knowledgeBase)))
            case .no: #expect(entry["notice"] as? String == InterviewNotice.notApplicable(try RegionProfile(code: code, in: knowledgeBase)))
            }
            // Words only where there is something to ask.
            #expect(files.contains("operator/\(code).json") == (region.dnevnikUse != .no), "\(code)")
        }
    }

    @Test func textsCarryTheOperatorsWordingAsTheTerminalHasIt() throws {
        let (site, _) = try RegionTruthSiteTests.build(["55"])
        defer { try? FileManager.default.removeItem(at: site) }
        let data = try Data(contentsOf: site.appendingPathComponent("operator/55.json"))
        let texts = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(texts["code"] as? String == "55")
        #expect(texts["name"] as? String == "Омская область")
        let knowledgeBase = Self.knowledgeBase
        let questions = try #require(texts["questions"] as? [String: [String: Any]])
        #expect(Set(questions.keys) == Set(knowledgeBase.contract.facts.map(\.id)))
        let fio = try #require(knowledgeBase.question(fact: "fio_match"))
        #expect(questions["fio_match"]?["text"] as? String == knowledgeBase.resolve(fio.operatorText, region: "55"))
        #expect(fio.operatorText != fio.wizardText, "the fixture must tell the two wordings apart")
        let options = try #require(questions["fio_match"]?["options"] as? [String: String])
        #expect(Set(options.keys) == ["yes", "no", "unknown"])
        let causes = try #require(texts["causes"] as? [String: [String: Any]])
        #expect(Set(causes.keys) == Set(knowledgeBase.contract.causes.map(\.id)))
        let fioCause = try #require(causes["fio-mismatch"])
        #expect(fioCause["fixBy"] as? String == "звонящий, школа (администратор Дневник.ру)")
        #expect(fioCause["article"] as? String == "/55/remedy-fio-mismatch/")
        #expect((fioCause["remedy"] as? String)?.hasPrefix("<ol>") == true)
        // Plain text, as the terminal's summary has it, not the site's typography.
        let content = try #require(knowledgeBase.cause(id: "fio-mismatch"))
        #expect(fioCause["title"] as? String == knowledgeBase.resolve(content.title, region: "55"))
        #expect(Typography.apply(content.title) != content.title, "the fixture must tell typeset text from plain")
    }
}
