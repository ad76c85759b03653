import Dispatch
import Foundation
import SpravkaCLI
import Testing

/// `spravka diagnose --log FILE`: one JSON line per finished interview, ids only, safe for
/// operators sharing the file.
@Suite struct DiagnoseLogTests {
    private func temporaryLog() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("spravka-log-\(UUID()).jsonl").path
    }

    private func lines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func eachFinishedInterviewAppendsOneLine() throws {
        let log = temporaryLog()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let first = spravka("diagnose", "--log", log, "--region", "55", stdin: "5\n1\n")
        #expect(first.status == 0, "\(first)")
        let second = spravka("diagnose", "--log", log, "--until", "first-fix", "--given", "symptom=profile-not-found", stdin: "2\n\n")
        #expect(second.status == 0, "\(second)")
        let quit = spravka("diagnose", "--log", log, stdin: "q\n")
        #expect(quit.status == 0)
        let records = try lines(log)
        #expect(records.count == 2, "an interview stopped with q is not logged")
        #expect(Set(records[0].keys) == ["v", "date", "region", "answers", "causes", "questions"])
        #expect(records[0]["v"] as? Int == 1)
        let date = try #require(records[0]["date"] as? String)
        #expect(date.count == 10 && date.split(separator: "-").count == 3)
        #expect(records[0]["region"] as? String == "55")
        #expect(records[0]["answers"] as? [String: String] == ["symptom": "wrong-profile", "signed_in_elsewhere": "yes"])
        #expect(records[0]["causes"] as? [String] == ["signed-in-as-someone-else"])
        #expect(records[0]["questions"] as? Int == 2)
        #expect(records[1]["region"] is NSNull)
        #expect(records[1]["answers"] as? [String: String] == ["symptom": "profile-not-found", "dnevnik_profile": "no"])
        #expect(records[1]["causes"] as? [String] == ["dnevnik-no-profile"])
        #expect(records[1]["questions"] as? Int == 1)
    }

    /// SNILS numbers and names typed for «с» and «ф» never reach the log.
    @Test func nothingTypedReachesTheLog() throws {
        let log = temporaryLog()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let result = spravka(
            "diagnose", "--log", log, "--given", "symptom=asks-dnevnik-login", "--given", "age=18-plus",
            stdin: "ф\nСемёнов Пётр Ильич\nСеменов Пётр Ильич\n\nс\n112-233-445 95\nс\n987 654 321 00\n0\nс\n112 233 445 95\n1\n")
        #expect(result.status == 0, "\(result)")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 1)
        for typed in ["112", "233", "445", "95", "987", "654", "321", "Семёнов", "Семенов", "Пётр", "Ильич", "Сем", "Пет"] {
            #expect(!text.contains(typed), "\(typed) in \(text)")
        }
        // Only the contract's ids and the date: no other letters or digits.
        let record = try #require(try lines(log).first)
        #expect(record["answers"] as? [String: String] == [
            "symptom": "asks-dnevnik-login", "age": "18-plus", "fio_match": "no", "snils_match": "unknown", "snils_in_dnevnik": "yes",
        ])
    }

    /// Operators' terminals writing to one shared log at once, as separate processes (needs
    /// the `spravka` executable that `swift test` builds).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: BuiltExecutable.url.path)))
    func concurrentOperatorsShareOneLog() throws {
        let executable = BuiltExecutable.url
        let log = temporaryLog()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let operators = 4, callsEach = 5
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: operators) { _ in
            for _ in 0..<callsEach {
                let process = Process()
                process.executableURL = executable
                process.arguments = ["diagnose", "--log", log, "--given", "symptom=wrong-profile"]
                process.environment = ["NO_COLOR": "1"]
                let input = Pipe()
                process.standardInput = input
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                do {
                    try process.run()
                    input.fileHandleForWriting.write(Data("1\n".utf8))
                    try input.fileHandleForWriting.close()
                    process.waitUntilExit()
                    statuses.add(process.terminationStatus)
                } catch {
                    statuses.add(-1)
                }
            }
        }
        #expect(statuses.all == Array(repeating: 0, count: operators * callsEach))
        let records = try lines(log)
        #expect(records.count == operators * callsEach)
        #expect(records.allSatisfy { $0["causes"] as? [String] == ["signed-in-as-someone-else"] })
    }

    @Test func anUnwritableLogFailsAfterTheInterview() {
        let result = spravka("diagnose", "--log", FileManager.default.temporaryDirectory.path, "--given", "symptom=wrong-profile", stdin: "1\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("[signed-in-as-someone-else] — точно"))
        #expect(result.stderr.hasPrefix("spravka: cannot append to the call log"))
    }

    private final class Statuses: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int32] = []
        func add(_ value: Int32) { lock.withLock { values.append(value) } }
        var all: [Int32] { lock.withLock { values } }
    }
}
