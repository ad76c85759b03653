import Foundation
import Testing
@testable import SiteBuilder

/// Every page carries a Content-Security-Policy that allows only the site's own files and no
/// inline script, and no page needs more: no inline script, no inline style attribute, no
/// `javascript:` link.
@Suite struct ContentSecurityPolicyTests {
    @Test func everyPageLocksItselfDown() throws {
        let (site, files) = try RegionTruthSiteTests.build(["55", "77"])
        defer { try? FileManager.default.removeItem(at: site) }
        let policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self';"
        var pages = 0
        for path in files.sorted() where path.hasSuffix(".html") {
            let html = try RegionTruthSiteTests.text(site, path)
            #expect(html.contains(policy), "\(path) has no policy")
            #expect(!html.contains("<script>"), "\(path) has an inline script")
            #expect(!html.contains(" style=\""), "\(path) has an inline style")
            #expect(!html.contains("javascript:"), "\(path)")
            for tag in html.components(separatedBy: "<script ").dropFirst() {
                #expect(tag.firstMatch(of: /^src="\/js\/[a-z-]+\.[0-9a-f]{12}\.js"/) != nil, "\(path) loads a script from elsewhere: \(tag.prefix(60))")
            }
            pages += 1
        }
        #expect(pages > 60)
    }
}
