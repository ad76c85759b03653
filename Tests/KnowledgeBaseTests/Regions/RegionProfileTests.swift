import XCTest
import KnowledgeBase

/// The value every page and the diagnosis report lay out: built once per region, and an error,
/// not an empty string, for a region that is missing or cannot be shown.
final class RegionProfileTests: XCTestCase {
    func testOmskFromItsFile() throws {
        let (knowledgeBase, _) = Fixtures.load("clean")
        let omsk = try RegionProfile(code: "55", in: knowledgeBase)
        XCTAssertEqual(omsk.name, "Омская область")
        XCTAssertEqual(omsk.place, "в Омской области")
        XCTAssertEqual(omsk.use, .yes)
        XCTAssertEqual(omsk.signInSteps, [.openLoginPage("https://login.dnevnik.ru/login/esia/omsk"), .pressGosuslugiButton, .grantAccess])
        XCTAssertEqual(omsk.contact.hotline?.number, "8-800-381-1234")
        XCTAssertEqual(omsk.contact.hotline?.hours, "в рабочие дни с 8:30 до 17:30")
        XCTAssertEqual(omsk.contact.advice, "Позвоните на горячую линию 8-800-381-1234.")
        XCTAssertTrue(omsk.contact.adviceIsOwn)
        // The file's support sentence names the number: a page that shows it need not repeat it.
        XCTAssertTrue(omsk.contact.adviceRepeatsHotline)
        XCTAssertEqual(omsk.contact.whereToAsk, "Горячая линия: 8-800-381-1234 (в рабочие дни с 8:30 до 17:30)")
        XCTAssertEqual(omsk.freshness.sources, ["test"])
    }

    func testTheHotlineSentenceLetsThePageLayOutTheNumber() throws {
        let (knowledgeBase, _) = Fixtures.load("clean")
        let omsk = try RegionProfile(code: "55", in: knowledgeBase)
        XCTAssertEqual(omsk.contact.hotlineSentence(number: { "<b>\($0)</b>" }, hours: { $0.uppercased() }),
                       "Горячая линия: <b>8-800-381-1234</b> (В РАБОЧИЕ ДНИ С 8:30 ДО 17:30)")
    }

    func testAMissingRegionIsAnError() {
        let (knowledgeBase, _) = Fixtures.load("clean")
        XCTAssertThrowsError(try RegionProfile(code: "99", in: knowledgeBase)) { error in
            XCTAssertEqual((error as? RegionProfile.Problem)?.code, "99")
        }
    }

    func testAnotherSystemWithoutANameIsAnError() throws {
        let root = try Fixtures.temporaryTree([
            "regions/70.md": "---\ncode: \"70\"\nname: Томская область\ndnevnik_ru: no\nconfirmed: 2026-09\nsources: [test]\n---\n",
        ])
        let (knowledgeBase, _) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                                    options: .init(federalSubjects: Fixtures.subjects))
        XCTAssertNotNil(knowledgeBase.region(code: "70"))
        XCTAssertThrowsError(try RegionProfile(code: "70", in: knowledgeBase)) { error in
            XCTAssertEqual((error as? RegionProfile.Problem)?.code, "70")
        }
    }

    func testWithoutSupportTheSchoolIsAsked() throws {
        let root = try Fixtures.temporaryTree([
            "pages/region.md": try String(contentsOf: Fixtures.directory.appendingPathComponent("clean/Articles/pages/region.md"), encoding: .utf8),
            "regions/70.md": "---\ncode: \"70\"\nname: Томская область\ndnevnik_ru: no\nsystem: ЭлЖур\nsystem_short: ЭлЖур\nconfirmed: 2026-09\nsources: [test]\n---\n",
        ])
        let (knowledgeBase, _) = KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                                    options: .init(federalSubjects: Fixtures.subjects))
        let tomsk = try RegionProfile(code: "70", in: knowledgeBase)
        XCTAssertNil(tomsk.contact.hotline)
        XCTAssertFalse(tomsk.contact.adviceIsOwn)
        XCTAssertEqual(tomsk.contact.whereToAsk, "Куда обращаться: Спросите в своей школе, у классного руководителя.")
        XCTAssertEqual(tomsk.signInSteps, [])
        XCTAssertEqual(tomsk.system.shortName, "ЭлЖур")
    }
}
