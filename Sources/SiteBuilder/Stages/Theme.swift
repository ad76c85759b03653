import Foundation

/// The site's theme folder (`site/`): CSS, scripts and icons, copied as they are.
struct Theme: Sendable {
    var files: [OutputFile]

    func has(_ path: String) -> Bool {
        files.contains { $0.path == path }
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
        return Theme(files: files.sorted { $0.path < $1.path })
    }
}
