import Foundation
import KnowledgeBase

/// The fixture trees under `Fixtures/`, loaded as `spravka check` would from their parent.
enum Fixtures {
    static var directory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    }

    /// The federal subjects the fixture trees are written for.
    static let subjects = [
        FederalSubject(code: "55", name: "Омская область"),
        FederalSubject(code: "70", name: "Томская область"),
    ]

    /// Loads `Fixtures/<name>/Articles` with paths relative to `Fixtures/<name>`.
    static func load(_ name: String, contract: DiagnosticContract = .standard, subjects: [FederalSubject] = subjects) -> (KnowledgeBase, [Diagnostic]) {
        let root = directory.appendingPathComponent(name)
        return KnowledgeBase.load(directory: root.appendingPathComponent("Articles"), relativeTo: root,
                                  options: .init(contract: contract, federalSubjects: subjects))
    }

    /// Writes an `Articles/` tree given as path → text into a new temporary directory.
    static func temporaryTree(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent("Articles").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }
}
