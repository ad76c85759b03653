import Foundation

/// Paths as the user should see them: relative to the directory they work in.
package enum DisplayPath {
    /// `target` relative to `base` (`Articles`, `../other/Articles`); both are directories.
    package static func relative(_ target: URL, to base: URL) -> String {
        let targetComponents = components(of: target)
        let baseComponents = components(of: base)
        var common = 0
        while common < targetComponents.count, common < baseComponents.count, targetComponents[common] == baseComponents[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: baseComponents.count - common)
        let path = (ups + targetComponents[common...]).joined(separator: "/")
        return path.isEmpty ? "." : path
    }

    private static func components(of url: URL) -> [String] {
        url.standardizedFileURL.resolvingSymlinksInPath().path.split(separator: "/").map(String.init)
    }

    /// `path` joined with a relative `name`, without a leading `./`.
    package static func join(_ path: String, _ name: String) -> String {
        path == "." ? name : path + "/" + name
    }
}
