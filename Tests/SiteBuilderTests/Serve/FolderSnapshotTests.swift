import Foundation
import XCTest
@testable import SiteBuilder

/// What makes `spravka serve` rebuild: saved, added and removed files, not editors' backups.
final class FolderSnapshotTests: XCTestCase {
    func testSavesAddsAndRemovesChangeTheSnapshotBackupsDoNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("regions"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("regions/55.md")
        try "one\n".write(to: article, atomically: true, encoding: .utf8)
        let first = FolderSnapshot([folder])
        XCTAssertEqual(FolderSnapshot([folder]), first)

        try "x".write(to: folder.appendingPathComponent("regions/.55.md.swp"), atomically: true, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent("regions/55.md~"), atomically: true, encoding: .utf8)
        XCTAssertEqual(FolderSnapshot([folder]), first, "editor backups are not changes")

        try "two\n".write(to: article, atomically: true, encoding: .utf8)
        let saved = FolderSnapshot([folder])
        XCTAssertNotEqual(saved, first)

        let added = folder.appendingPathComponent("regions/70.md")
        try "new\n".write(to: added, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(FolderSnapshot([folder]), saved)
        try FileManager.default.removeItem(at: added)
        XCTAssertEqual(FolderSnapshot([folder]), saved)
    }
}
