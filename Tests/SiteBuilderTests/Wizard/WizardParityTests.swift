import Diagnosis
import Foundation
import KnowledgeBase
import XCTest
@testable import SiteBuilder

/// The wizard's contract JSON and the Swift side of the parity check with the browser engine.
///
/// With `SPRAVKA_WIZARD_ENUMERATION=<path>` set, `testEnumeration` writes every reachable
/// interview state of the real engine to `<path>` (``WizardEnumeration``) and the contract
/// JSON to `<path>.contract.json`; `scripts/check-wizard-js.sh` then lists the same states
/// with `site/js/engine.js` and compares. Without it, the tests stay fast: the JSON is
/// deterministic, complete, and carries everything the engine needs — an engine built from
/// the JSON alone answers like the real one on the first states of the walk.
final class WizardParityTests: XCTestCase {
    static let environmentKey = "SPRAVKA_WIZARD_ENUMERATION"

    func testContractJSONIsDeterministicAndHoldsEveryID() throws {
        let contract = DiagnosticContract.standard
        let first = WizardContract.json(contract)
        XCTAssertEqual(first, WizardContract.json(contract))
        XCTAssertEqual(Array(first.utf8), Array(WizardContract.json(DiagnosticContract.standard, fixOrder: FixOrder.standard).utf8))
        XCTAssertTrue(first.hasSuffix("}\n"))
        XCTAssertFalse(first.dropLast().contains("\n"))

        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let facts = try XCTUnwrap(object["facts"] as? [[String: Any]])
        XCTAssertEqual(facts.compactMap { $0["id"] as? String }, contract.facts.map(\.id))
        for (fact, json) in zip(contract.facts, facts) {
            XCTAssertEqual(json["values"] as? [String], fact.valueIDs, fact.id)
        }
        let causes = try XCTUnwrap(object["causes"] as? [[String: Any]])
        XCTAssertEqual(causes.compactMap { $0["id"] as? String }, contract.causes.map(\.id))
        // Every id of the contract's table (docs/architecture.md), spelled out: a rename must be deliberate.
        for id in ["symptom", "who", "age", "gosuslugi_account", "gosuslugi_login_ok", "teen_linked_to_parent",
                   "dnevnik_profile", "fio_match", "snils_in_dnevnik", "snils_match", "birthdate_match",
                   "family_linked_in_dnevnik", "signed_in_elsewhere", "region_choice",
                   "gosuslugi-credentials", "gosuslugi-no-account", "gosuslugi-not-confirmed", "child-account-missing",
                   "teen-not-linked", "dnevnik-no-profile", "fio-mismatch", "snils-missing", "snils-mismatch",
                   "birthdate-mismatch", "family-not-linked", "signed-in-as-someone-else", "wrong-region", "escalate"] {
            XCTAssertTrue(first.contains("\"id\":\"\(id)\""), id)
        }
        XCTAssertEqual(object["fixOrder"] as? [String], FixOrder.standard)
        XCTAssertEqual(object["version"] as? Int, WizardContract.version)
        XCTAssertEqual((object["weights"] as? [String: Any])?.count, 0)
    }

    func testContractJSONCarriesWeightsByAnswer() throws {
        let json = WizardContract.json(.standard, weights: Self.parityWeights)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let weights = try XCTUnwrap(object["weights"] as? [String: [Int]])
        XCTAssertEqual(Set(weights.keys), Set(DiagnosticContract.standard.facts.map(\.id)))
        let age = try XCTUnwrap(DiagnosticContract.standard.fact("age"))
        XCTAssertEqual(weights["age"], age.answerIDs.map { Self.parityWeights.counts["age"]?[$0] ?? 0 })
        XCTAssertEqual(try Self.parseWeights(json), Self.parityWeights)
    }

    /// Uneven weights for every answer of every fact, for the parity check with weights: any
    /// fixed numbers do, as long as they are not all alike.
    static let parityWeights: AnswerWeights = {
        var counts: [String: [String: Int]] = [:]
        for (factIndex, fact) in DiagnosticContract.standard.facts.enumerated() {
            var byAnswer: [String: Int] = [:]
            for (answerIndex, answer) in fact.answerIDs.enumerated() {
                byAnswer[answer] = 1 + ((factIndex * 31 + answerIndex * 17) % 23) * 10
            }
            counts[fact.id] = byAnswer
        }
        return AnswerWeights(counts)
    }()

    func testContractJSONRoundTripsToTheSameContract() throws {
        let contract = DiagnosticContract.standard
        let parsed = try Self.parse(WizardContract.json(contract))
        XCTAssertEqual(parsed.facts.map(\.id), contract.facts.map(\.id))
        XCTAssertEqual(parsed.facts.map(\.valueIDs), contract.facts.map(\.valueIDs))
        XCTAssertEqual(parsed.causes.map(\.id), contract.causes.map(\.id))
        XCTAssertEqual(parsed.causes.map(\.symptoms), contract.causes.map(\.symptoms))
        XCTAssertEqual(parsed.causes.map(\.conditions), contract.causes.map(\.conditions))
        XCTAssertEqual(parsed.causes.map(\.isFallback), contract.causes.map(\.isFallback))
        XCTAssertEqual(parsed.implications, contract.implications)
    }

    /// An engine built from nothing but the JSON walks the first states exactly as the real
    /// one (after a symptom whose plan is small, to stay fast in a debug build), and the
    /// parallel walk gives the single walk's lines.
    func testEngineFromTheJSONAnswersLikeTheRealOne() throws {
        let json = WizardContract.json(.standard, weights: Self.parityWeights)
        for weights in [AnswerWeights.none, Self.parityWeights] {
            let real = WizardEnumeration(engine: try DiagnosticEngine(weights: weights))
            let parsedWeights = weights.isEmpty ? .none : try Self.parseWeights(json)
            let fromJSON = WizardEnumeration(engine: try DiagnosticEngine(contract: try Self.parse(json), weights: parsedWeights))
            for symptom in ["wrong-profile", "no-children-visible", "asks-dnevnik-login"] {
                for until in Until.allCases {
                    let name = "\(symptom), \(until.rawValue), weights: \(!weights.isEmpty)"
                    let start = try real.state(["symptom": symptom])
                    let lines = real.lines(from: start, until: until, limit: 300)
                    XCTAssertEqual(lines, fromJSON.lines(from: try fromJSON.state(["symptom": symptom]), until: until, limit: 300), name)
                    let parallel = real.run(from: start, until: until, workers: 2)
                    XCTAssertEqual(parallel.text, real.run(from: start, until: until, workers: 1).text, name)
                    XCTAssertEqual(parallel.text.split(separator: "\n").count, parallel.states + 1, name)
                    Self.checkPromises(lines, until: until, name: name)
                }
            }
        }
    }

    /// The walk's own promises: a typical length of at least 1 while asking, findings only
    /// when settled or at a first fix, and never the symptom again.
    static func checkPromises(_ lines: [String], until: Until, name: String) {
        for line in lines {
            let fields = line.dropLast().split(separator: "\t", omittingEmptySubsequences: false)
            let asked = fields[0].split(separator: " ")
            if asked[0].hasPrefix("q") {
                XCTAssertEqual(fields.count, 1, line)
                XCTAssertNotEqual(asked[0], "q0", line)
                let typical = asked[1].split(separator: "-").compactMap { Int($0) }
                XCTAssertEqual(typical.count, 2, line)
                XCTAssertGreaterThanOrEqual(typical.first ?? 0, 1, line)
                XCTAssertLessThanOrEqual(typical.first ?? 0, typical.last ?? 0, line)
                XCTAssertLessThanOrEqual((typical.last ?? 0) - (typical.first ?? 0), 1, line)
            } else {
                XCTAssertEqual(fields.count, 2, line)
                XCTAssertEqual(asked, ["d"], line)
                XCTAssertTrue(fields[1].hasPrefix("S") || fields[1].hasPrefix("F"), "\(name): \(line)")
            }
        }
    }

    /// The full walk for `scripts/check-wizard-js.sh`, in both modes, without weights and
    /// with ``parityWeights``: `<path>` and `<path>.weighted`, each with its contract JSON
    /// beside it (`.contract.json`); skipped unless asked for.
    func testEnumeration() throws {
        guard let path = ProcessInfo.processInfo.environment[Self.environmentKey], !path.isEmpty else {
            throw XCTSkip("set \(Self.environmentKey)=<path> to write the enumeration (scripts/check-wizard-js.sh)")
        }
        for (weights, file) in [(AnswerWeights.none, path), (Self.parityWeights, path + ".weighted")] {
            try Data(WizardContract.json(.standard, weights: weights).utf8).write(to: URL(fileURLWithPath: file + ".contract.json"))
            let clock = ContinuousClock()
            let start = clock.now
            let walk = try WizardEnumeration(engine: try DiagnosticEngine(weights: weights))
                .runBothModes { try DiagnosticEngine(weights: weights) }
            try Data(walk.text.utf8).write(to: URL(fileURLWithPath: file))
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("Swift engine enumeration\(weights.isEmpty ? "" : " with weights"): \(walk.states) states in both modes, \(String(format: "%.1f", seconds)) s on \(ProcessInfo.processInfo.activeProcessorCount) threads (debug build unless built otherwise)")
        }
    }

    // MARK: Reading the JSON back

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    static func parseWeights(_ json: String) throws -> AnswerWeights {
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let weights = object["weights"] as? [String: [Int]]
        else { throw ParseError(description: "no weights") }
        let contract = try parse(json)
        var counts: [String: [String: Int]] = [:]
        for (factID, numbers) in weights {
            guard let fact = contract.fact(factID), fact.answerIDs.count == numbers.count else { throw ParseError(description: "bad weights of \(factID)") }
            counts[factID] = Dictionary(uniqueKeysWithValues: zip(fact.answerIDs, numbers))
        }
        return AnswerWeights(counts)
    }

    static func parse(_ json: String) throws -> DiagnosticContract {
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let facts = object["facts"] as? [[String: Any]],
              let causes = object["causes"] as? [[String: Any]],
              let implications = object["implications"] as? [[String: Any]]
        else { throw ParseError(description: "not a contract") }
        func condition(_ any: Any?) throws -> DiagnosticContract.Condition {
            guard let json = any as? [String: Any], let fact = json["fact"] as? String,
                  let name = json["op"] as? String, let values = json["values"] as? [String],
                  let op = [DiagnosticContract.Operator.equals, .notEquals, .isOneOf].first(where: { WizardContract.operatorName($0) == name })
            else { throw ParseError(description: "bad condition \(String(describing: any))") }
            return DiagnosticContract.Condition(fact, op, values)
        }
        return DiagnosticContract(
            facts: try facts.map { json in
                guard let id = json["id"] as? String, let values = json["values"] as? [String] else { throw ParseError(description: "bad fact") }
                return DiagnosticContract.Fact(id, values.map { DiagnosticContract.Value($0) })
            },
            causes: try causes.map { json in
                guard let id = json["id"] as? String, let fallback = json["fallback"] as? Bool else { throw ParseError(description: "bad cause") }
                let symptoms: DiagnosticContract.Symptoms = (json["symptoms"] as? [String]).map { .listed($0) } ?? .any
                let conditions = try (json["conditions"] as? [Any] ?? []).map(condition)
                return DiagnosticContract.Cause(id, symptoms: symptoms, conditions: conditions, fixBy: [], isFallback: fallback)
            },
            implications: try implications.map { json in
                guard let fact = json["fact"] as? String, let value = json["value"] as? String else { throw ParseError(description: "bad implication") }
                return DiagnosticContract.Implication(when: try condition(json["when"]), then: fact, is: value)
            })
    }
}
