import Diagnosis
import Foundation
import KnowledgeBase

/// What `diagnose` and `tree` share: loading the knowledge base for its wording and reading
/// a region code.
enum DiagnosisSupport {
    /// The shared engine of the standard contract.
    static func engine() throws -> DiagnosticEngine {
        guard let engine = DiagnosticEngine.standard else {
            throw CommandFailure("internal error: the standard diagnostic contract does not compile", exitCode: .internalError)
        }
        return engine
    }

    /// The engine that plans with the knowledge base's answer weights (`weights:` in the
    /// questions' files); the shared standard engine when there are none.
    static func engine(for knowledgeBase: KnowledgeBase) throws -> DiagnosticEngine {
        let weights = AnswerWeights(knowledgeBase: knowledgeBase)
        if weights.isEmpty { return try engine() }
        do {
            return try DiagnosticEngine(weights: weights)
        } catch {
            throw CommandFailure("the answer weights in the knowledge base do not fit the contract: \(error)", exitCode: .dataError)
        }
    }

    static func loadKnowledgeBase(_ path: String?) throws -> KnowledgeBase {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let directory = URL(fileURLWithPath: path ?? "Articles", isDirectory: true, relativeTo: current)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("no knowledge base at '\(path ?? "Articles")'; give its folder with --articles")
        }
        // Content problems are `spravka check`'s to report; the interview uses what loads.
        return KnowledgeBase.load(directory: directory, relativeTo: current).0
    }

    /// `code` if a region has it; else exit 2 naming the nearest known regions.
    static func regionCode(_ code: String, in knowledgeBase: KnowledgeBase) throws -> String {
        if knowledgeBase.region(code: code) != nil { return code }
        let known = knowledgeBase.regions.map { ($0.code, $0.name) }
        let query = code.lowercased()
        let ranked = known.sorted { lhs, rhs in
            (distance(query, lhs), lhs.0) < (distance(query, rhs), rhs.0)
        }
        let nearest = ranked.prefix(3).map { "\($0.0) (\($0.1))" }.joined(separator: ", ")
        throw CommandFailure("unknown region '\(code)'; nearest known: \(nearest)", exitCode: .dataError)
    }

    /// How far `query` is from a region: a numeric code by its difference, a name by edit
    /// distance to the closest prefix of the region's name.
    private static func distance(_ query: String, _ region: (code: String, name: String)) -> Int {
        if let number = Int(query), let code = Int(region.code) { return abs(number - code) }
        let name = Array(region.name.lowercased())
        let target = Array(query)
        var best = Int.max
        for length in max(1, target.count - 2)...max(1, min(name.count, target.count + 2)) {
            best = min(best, editDistance(target, Array(name.prefix(length))))
        }
        return best
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
