import Dispatch
import Foundation
@testable import Diagnosis
import KnowledgeBase
import Testing

/// The call log: one JSON line per finished interview, ids only, safe to share between
/// operators, and read back line by line with damaged lines reported, never fatal.
@Suite struct CallLogTests {
    let contract = DiagnosticContract.standard

    private func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("spravka-calls-\(UUID()).jsonl").path
    }

    @Test func aRecordIsOneLineOfIDsInTheDesignFormat() throws {
        let record = CallRecord(
            date: "2026-09-01", region: "55",
            answers: ["fio_match": "no", "symptom": "profile-not-found", "dnevnik_profile": "yes"],
            causes: ["fio-mismatch"], questions: 2)
        let line = record.jsonLine(contract: contract)
        #expect(line == "{\"v\":1,\"date\":\"2026-09-01\",\"region\":\"55\",\"answers\":{\"symptom\":\"profile-not-found\",\"dnevnik_profile\":\"yes\",\"fio_match\":\"no\"},\"causes\":[\"fio-mismatch\"],\"questions\":2}\n")
        #expect(try CallRecord(line: String(line.dropLast()), contract: contract) == record)
        let noRegion = CallRecord(date: "2026-09-01", region: nil, answers: [:], causes: [], questions: 0)
        #expect(noRegion.jsonLine(contract: contract).contains("\"region\":null"))
        #expect(try CallRecord(line: noRegion.jsonLine(contract: contract), contract: contract) == noRegion)
    }

    @Test func theRecordOfAnInterviewKeepsGivenAndAskedAnswersAndCertainCauses() throws {
        var interview = try Interview(engine: sharedEngine, given: ["symptom": "profile-not-found"], until: .firstFix)
        try interview.answer("no")
        let record = CallRecord(interview: interview, given: ["symptom": "profile-not-found"], date: "2026-09-01", region: nil)
        #expect(record.answers == ["symptom": "profile-not-found", "dnevnik_profile": "no"])
        #expect(record.causes == ["dnevnik-no-profile"])
        #expect(record.questions == 1)
    }

    @Test(arguments: [
        ("not json", "not a JSON object"),
        ("{\"v\":2,\"date\":\"2026-09-01\",\"region\":null,\"answers\":{},\"causes\":[],\"questions\":0}", "'v' must be 1"),
        ("{\"v\":1,\"date\":\"1.9.2026\",\"region\":null,\"answers\":{},\"causes\":[],\"questions\":0}", "'date' must be YYYY-MM-DD"),
        ("{\"v\":1,\"date\":\"2026-09-01\",\"region\":null,\"answers\":{\"fio\":\"no\"},\"causes\":[],\"questions\":0}", "unknown fact 'fio'"),
        ("{\"v\":1,\"date\":\"2026-09-01\",\"region\":null,\"answers\":{\"fio_match\":\"Иванов\"},\"causes\":[],\"questions\":0}", "unknown answer 'Иванов' of 'fio_match'"),
        ("{\"v\":1,\"date\":\"2026-09-01\",\"region\":null,\"answers\":{},\"causes\":[\"x\"],\"questions\":0}", "unknown cause 'x'"),
        ("{\"v\":1,\"date\":\"2026-09-01\",\"region\":null,\"answers\":{},\"causes\":[],\"questions\":0,\"phone\":\"+7\"}", "unknown key 'phone'"),
    ])
    func aDamagedLineSaysWhy(line: String, message: String) {
        #expect(throws: CallRecordError(message)) { try CallRecord(line: line, contract: contract) }
    }

    @Test func readingSkipsDamagedLinesWithTheirNumbers() {
        let good = CallRecord(date: "2026-09-01", region: "55", answers: ["symptom": "other"], causes: ["escalate"], questions: 5)
            .jsonLine(contract: contract)
        let text = good + "{\"v\":1,\"date\"\n" + "\n" + good + "garbage\n"
        let read = CallLog.read(text, path: "calls.jsonl", contract: contract)
        #expect(read.records.count == 2)
        #expect(read.problems.map(\.line) == [2, 5])
        #expect(read.problems.allSatisfy { $0.path == "calls.jsonl" && $0.message.hasPrefix("damaged line skipped: ") })
    }

    /// Operators sharing one log: every line arrives whole. Each writer opens the file for
    /// itself, as another process would.
    @Test func concurrentWritersNeverInterleave() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writers = 8, linesEach = 250
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            for number in 0..<linesEach {
                let record = CallRecord(
                    date: "2026-09-01", region: String(10 + writer),
                    answers: ["symptom": "other", "who": "parent", "family_linked_in_dnevnik": number % 2 == 0 ? "no" : "yes"],
                    causes: number % 2 == 0 ? ["family-not-linked"] : ["escalate"], questions: number % 12)
                do { try CallLog.append(record, contract: contract, to: path) } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all == [])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let read = CallLog.read(text, path: path, contract: contract)
        #expect(read.problems == [])
        #expect(read.records.count == writers * linesEach)
        for writer in 0..<writers {
            #expect(read.records.filter { $0.region == String(10 + writer) }.count == linesEach)
        }
    }

    @Test func appendingToAFolderFailsWithTheReason() {
        #expect(throws: CallLogError.self) {
            try CallLog.append(CallRecord(date: "2026-09-01", region: nil, answers: [:], causes: [], questions: 0),
                               contract: contract, to: FileManager.default.temporaryDirectory.path)
        }
    }

    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String] = []
        func add(_ value: String) { lock.withLock { values.append(value) } }
        var all: [String] { lock.withLock { values } }
    }
}
