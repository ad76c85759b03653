import Foundation

/// A hash of everything a build reads: the content and theme files, the options, and the
/// program itself. When the site in the output folder was made from the same fingerprint,
/// a rebuild has nothing to do and skips rendering.
enum BuildFingerprint {
    static func make(articles: URL, theme: URL, options: [String]) -> String {
        var hash = FNV1a()
        for option in options { hash.add(option); hash.add("\u{0}") }
        hash.add(programIdentity())
        for folder in [articles, theme] {
            let root = folder.standardizedFileURL.path
            // A missing folder is an error, an empty one is not: they must not look alike.
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
            hash.add(exists ? "folder\u{0}" : "no folder\u{0}")
            for path in SiteWriter.listFiles(under: root).sorted() {
                hash.add(path)
                hash.add("\u{0}")
                if let data = FileManager.default.contents(atPath: root + "/" + path) {
                    data.withUnsafeBytes { hash.add(bytes: $0) }
                }
            }
        }
        return String(hash.value, radix: 16)
    }

    /// The running program's size and modification time: a new build of spravka may render
    /// differently. (`/proc/self/exe` where there is one: cheaper than asking Bundle.)
    static func programIdentity() -> String {
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 {
            return "program \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        if let executable = Bundle.main.executableURL,
            let values = try? executable.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey])
        {
            return "program \(values.fileSize ?? 0) \(values.contentModificationDate?.timeIntervalSince1970 ?? 0)"
        }
        return "program unknown"
    }

    /// 64-bit FNV-1a: simple and fast; collisions only matter as a missed rebuild, and the
    /// inputs are the author's own files.
    struct FNV1a {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ text: String) {
            for byte in text.utf8 { add(byte) }
        }

        mutating func add(bytes: UnsafeRawBufferPointer) {
            for byte in bytes { add(byte) }
        }

        @inline(__always)
        private mutating func add(_ byte: UInt8) {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
    }
}
