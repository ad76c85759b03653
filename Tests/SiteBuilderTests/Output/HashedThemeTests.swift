import Foundation
import Testing
import ToolSupport
@testable import SiteBuilder

/// The theme's CSS, scripts and icons are published under names that carry the SHA-256 of
/// their bytes, so that a server may cache them for a year; pages link exactly those names.
@Suite struct HashedThemeTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardsExamples(text: String, digest: String) {
        #expect(SHA256.hex(of: Array(text.utf8)) == digest)
    }

    /// Every length around the block and padding boundaries (55, 56, 63, 64 …), against the
    /// system's `sha256sum`.
    @Test(ExternalTool.needs(.sha256sum)) func sha256MatchesSha256sumAtEveryPaddingBoundary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spravka-sha-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var expected: [String] = []
        var paths: [String] = []
        for length in Array(0...130) + [1000, 4096, 65537] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) }
            let file = folder.appendingPathComponent("\(length)")
            try Data(bytes).write(to: file)
            paths.append(file.path)
            expected.append(SHA256.hex(of: bytes))
        }
        guard let tool = ExternalTool.sha256sum.path() else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = paths
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let digests = output.split(separator: "\n").map { String($0.prefix(64)) }
        #expect(digests == expected)
    }

    @Test func namesCarryTheContentHashBeforeTheExtension() {
        let bytes = Array("body{}".utf8)
        let hash = String(SHA256.hex(of: bytes).prefix(12))
        #expect(Theme.hashedPath("css/site.css", bytes: bytes) == "css/site.\(hash).css")
        #expect(Theme.hashedPath("js/wizard.min.js", bytes: bytes) == "js/wizard.min.\(hash).js")
        #expect(Theme.hashedPath("icons/.hidden", bytes: bytes) == "icons/.hidden.\(hash)")
        #expect(Theme.hashedPath("LICENSE", bytes: bytes) == "LICENSE.\(hash)")
        #expect(Theme.hashedPath("css/site.css", bytes: Array("body{ }".utf8)) != "css/site.\(hash).css")
    }

    @Test func pagesLinkOnlyHashedThemeFilesThatExist() throws {
        let (site, files) = try RegionTruthSiteTests.build(["55", "77"])
        defer { try? FileManager.default.removeItem(at: site) }
        let theme = files.filter { $0.hasPrefix("css/") || $0.hasPrefix("js/") || $0.hasPrefix("icons/") }
        #expect(theme.count == 8, "\(theme.sorted())")
        for path in theme {
            let bytes = Array(try Data(contentsOf: site.appendingPathComponent(path)))
            #expect(path.contains(".\(SHA256.hex(of: bytes).prefix(12))."), "\(path) is not named by its content")
        }
        var linked: Set<String> = []
        for path in files.sorted() where path.hasSuffix(".html") {
            let html = try RegionTruthSiteTests.text(site, path)
            for match in html.matches(of: /(?:href|src)="\/((?:css|js|icons)\/[^"]+)"/) {
                let target = String(match.1)
                #expect(files.contains(target), "\(path) links \(target), which is not built")
                #expect(target.firstMatch(of: /\.[0-9a-f]{12}\.(css|js|svg)$/) != nil, "\(path) links \(target) without its hash")
                linked.insert(target)
            }
        }
        #expect(linked == theme, "every theme file is used, and only those: \(linked.sorted())")
    }
}
