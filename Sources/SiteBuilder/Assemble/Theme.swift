import Foundation

/// The site's theme folder (`site/`): CSS, scripts and icons, copied as they are under
/// content-hashed names (`css/site.css` → `css/site.1f2e3d4c5b6a.css`), so that a server may
/// let browsers keep them for a year (`Cache-Control: immutable`) while pages, which link the
/// hashed names, are revalidated. A changed file gets a new name; the same bytes keep theirs.
struct Theme: Sendable {
    /// The theme's files under their published, hashed paths.
    var files: [OutputFile]
    /// Theme path (`js/search.js`) → published path (`js/search.0a1b2c3d4e5f.js`).
    private var published: [String: String]

    init(sources: [OutputFile]) {
        var published: [String: String] = [:]
        var files: [OutputFile] = []
        for file in sources {
            let path = Self.hashedPath(file.path, bytes: file.bytes)
            published[file.path] = path
            files.append(OutputFile(path: path, bytes: file.bytes))
        }
        self.files = files.sorted { $0.path < $1.path }
        self.published = published
    }

    func has(_ path: String) -> Bool {
        published[path] != nil
    }

    /// The site address of a theme file (`css/site.css` → `/css/site.1f2e3d4c5b6a.css`), or
    /// its plain address when the theme lacks it.
    func url(_ path: String) -> String {
        "/" + (published[path] ?? path)
    }

    /// How many hex digits of the SHA-256 of a file's bytes its name carries: 48 bits, so
    /// that two versions of one file never share a name in practice.
    static let hashLength = 12

    static func hashedPath(_ path: String, bytes: [UInt8]) -> String {
        let hash = String(SHA256.hex(of: bytes).prefix(hashLength))
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: "."), dot > slash else { return path + "." + hash }
        return String(path[..<dot]) + "." + hash + String(path[dot...])
    }

    static func load(from directory: URL) throws -> Theme {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
        }
        var files: [OutputFile] = []
        let root = directory.standardizedFileURL.path
        let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey])
            guard values.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(root) else { continue }
            var relative = String(path.dropFirst(root.count))
            while relative.hasPrefix("/") { relative.removeFirst() }
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            files.append(OutputFile(path: relative, bytes: Array(try Data(contentsOf: url))))
        }
        return Theme(sources: files)
    }
}
