import Foundation
@testable import Gzip
import Testing
import ToolSupport

/// Decompression against files written by independent encoders: Python's gzip and zlib at
/// several levels (fixtures below, made with `gzip.compress(data, compresslevel=N, mtime=0)`),
/// and the system's `gzip` on larger inputs made here.
@Suite struct GzipTests {
    /// A line of an nginx access log, twenty times: what the fixtures compress.
    static let logLine = "127.0.0.1 - - [08/Dec/2026:10:00:00 +0300] \"GET /55/search/?q=%D1%81%D0%BD%D0%B8%D0%BB%D1%81 HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0\"\n"
    static let text = Array(String(repeating: logLine, count: 20).utf8)

    static let fixtures: [String: String] = [
        "empty": "H4sIAAAAAAAAAwMAAAAAAAAAAAA=",
        "level1": "H4sIAAAAAAAEAzM0MtczAEJDBV0gjDaw0HdJTdY3MjAyszI0sDIAIQVtA2MDg1gFJXfXEAV9U1P94tTEouQMfftCW1UXQ1ULQ1UXA1UnFzBpASadIOIKHiEhAfqGeoZKCkZAY0wNjQwUlHSVFJR886syc3IS9U31DJS4DEddMBoGo+lgNC+MlgejZeJovTBaN462DwZhGwkAq1IMFigKAAA=",
        "level9": "H4sIAAAAAAACA+3OsQrCQBAE0N6vWBaukmRnT06PgAjhRBvB4jqxCCEQISBq59d7xp+wWGaZYorlqd/UKFGqSi6IkoZePPy6UTT4Hi2xAq7Eh30mCUFeQ/fsR9k9ti6pi+oSXJvmjnO3v52OOZ9Fa2Xy5U1QD+KKiU/3922aOgk1eKEmMIEJTGACE5jABCb4Q8EHq1IMFigKAAA=",
        "stored": "H4sIAAAAAAAEAwEsAdP+MTI3LjAuMC4xIC0gLSBbMDgvRGVjLzIwMjY6MTA6MDA6MDAgKzAzMDBdICJHRVQgLzU1L3NlYXJjaC8/cT0lRDElODElRDAlQkQlRDAlQjglRDAlQkIlRDElODEgSFRUUC8xLjEiIDIwMCA1MTIwICItIiAiTW96aWxsYS81LjAiCjEyNy4wLjAuMSAtIC0gWzA4L0RlYy8yMDI2OjEwOjAwOjAwICswMzAwXSAiR0VUIC81NS9zZWFyY2gvP3E9JUQxJTgxJUQwJUJEJUQwJUI4JUQwJUJCJUQxJTgxIEhUVFAvMS4xIiAyMDAgNTEyMCAiLSIgIk1vemlsbGEvNS4wIgoxMjcuMC4wLjEgLSAtIFswOC9EZWMvMjAyNjoxMDowMDowMCArMDMw+tb2fSwBAAA=",
        "two": "H4sIAAAAAAAAA0vLLCouUchNzU1KLeICAKf0hQoNAAAAH4sIAAAAAAACAwEWAOn/0LLRgtC+0YDQvtC5INGH0LvQtdC9Cqzo9+cWAAAA",
        "named": "H4sICAAAAAAC/2FjY2Vzcy5sb2cAMzQy1zMAQkMFXSCMNrDQd0lN1jcyMDKzMjSwMgAhBW0DYwODWAUld9cQBX1TU/3i1MSi5Ax9+0JbVRdDVQtDVRcDVScXMGkBJp0g4goeISEB+oZ6hkoKRkBjTA2NDBSUdJUUlHzzqzJzchL1TfUMlLgMR11AZxcAAPPK+C30AQAA"
    ]

    static func fixture(_ name: String) throws -> [UInt8] {
        let encoded = try #require(fixtures[name])
        let data = try #require(Data(base64Encoded: encoded))
        return Array(data)
    }

    @Test func empty() throws {
        #expect(try Gzip.decompress(try Self.fixture("empty")) == [])
    }

    @Test(arguments: ["level1", "level9"])
    func huffmanBlocks(name: String) throws {
        #expect(try Gzip.decompress(try Self.fixture(name)) == Self.text)
    }

    @Test func storedBlock() throws {
        #expect(try Gzip.decompress(try Self.fixture("stored")) == Array(Self.text.prefix(300)))
    }

    @Test func everyMemberOneAfterTheOther() throws {
        #expect(try Gzip.decompress(try Self.fixture("two")) == Array("first member\nвторой член\n".utf8))
    }

    @Test func headerWithFileName() throws {
        #expect(try Gzip.decompress(try Self.fixture("named")) == Array(Self.text.prefix(500)))
    }

    @Test func damagedDataIsAnErrorNotACrash() throws {
        let good = try Self.fixture("level9")
        #expect(throws: GzipError.notGzip) { try Gzip.decompress(Array("plain text".utf8)) }
        var badChecksum = good
        badChecksum[badChecksum.count - 6] ^= 0xFF
        #expect(throws: GzipError.damaged("the CRC-32 does not match the data")) { try Gzip.decompress(badChecksum) }
        // Every truncation and every single flipped byte: an error or the right text, never a crash.
        for length in 0..<good.count {
            #expect(throws: GzipError.self) { try Gzip.decompress(Array(good.prefix(length))) }
        }
        for index in 10..<good.count {
            var flipped = good
            flipped[index] ^= 0x5A
            if let output = try? Gzip.decompress(flipped) { #expect(output == Self.text) }
        }
    }

    /// A megabyte of varied text (long matches, far distances, many dynamic blocks) through
    /// the system's gzip at levels 1, 6 and 9.
    @Test(ExternalTool.needs(.gzip), arguments: [1, 6, 9])
    func largeInputFromGzip(level: Int) throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var text: [UInt8] = []
        let words = ["дневник", "госуслуги", "СНИЛС", "search", "GET", "/55/", "200", "404", "Mozilla/5.0", "вход", " ", "\n"]
        while text.count < 1_000_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text += Array(words[Int(state >> 59) % words.count].utf8)
            if state & 0xFF == 0 { text += (0..<64).map { UInt8(truncatingIfNeeded: state >> UInt64($0 % 57)) } }
        }
        guard let result = try ExternalTool.gzip.run(["-c", "-\(level)"], input: text) else { return }
        #expect(result.status == 0)
        #expect(try Gzip.decompress(result.output) == text)
    }
}
