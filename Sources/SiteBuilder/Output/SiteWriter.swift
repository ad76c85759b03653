import Foundation
import KnowledgeBase
#if canImport(Glibc)
import Glibc
#endif

/// Writes the site into the output folder all at once: the new site is written next to it
/// and swapped in, so readers see either the old site or the new one, and a failure leaves
/// the old one in place. Files that did not change are hard-linked from the old site, and
/// when nothing changed nothing is written at all.
struct SiteWriter {
    /// A file in every folder Spravka writes, so that it never replaces a folder it did
    /// not make (`--output .` by mistake).
    static let marker = ".spravka-site"

    let output: URL

    struct Result {
        var changed: Int
    }

    enum WriteError: Error, CustomStringConvertible {
        case notASite(String)

        var description: String {
            switch self {
            case .notASite(let path):
                return Messages.notASite(path, marker: SiteWriter.marker)
            }
        }
    }

    /// What the marker file records about the site it marks.
    struct Summary: Equatable {
        var fingerprint: String
        var pages: Int
        var files: Int
        var bytes: Int
        /// How many warnings the content had: a rebuild with no change skips loading and
        /// checking the content only when there were none to report again.
        var warnings: Int
        /// The month the content was checked in (`YYYY-MM`): a check in a later month may find
        /// facts grown old, so only a rebuild in the same month may skip it.
        var checked: String
        /// Every file of the site but the marker, so that a rebuild with no change can check
        /// that the site is complete by looking each one up, rather than listing every folder.
        var paths: [String]

        var text: String {
            "written by spravka build\nfingerprint: \(fingerprint)\npages: \(pages)\nfiles: \(files)\nbytes: \(bytes)\nwarnings: \(warnings)\nchecked: \(checked)\n"
                + paths.map { "file: \($0)\n" }.joined()
        }

        init(fingerprint: String, pages: Int, files: Int, bytes: Int, warnings: Int = 0, checked: String = "", paths: [String] = []) {
            self.fingerprint = fingerprint
            self.pages = pages
            self.files = files
            self.bytes = bytes
            self.warnings = warnings
            self.checked = checked
            self.paths = paths
        }

        init?(text: String) {
            var fields: [String: String] = [:]
            var paths: [String] = []
            // Split by bytes: the list of files makes the marker long.
            for line in Array(text.utf8).split(separator: UInt8(ascii: "\n")) {
                if line.starts(with: "file: ".utf8) {
                    paths.append(String(decoding: line.dropFirst(6), as: UTF8.self))
                    continue
                }
                let parts = String(decoding: line, as: UTF8.self).split(separator: ":", maxSplits: 1)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2 { fields[parts[0]] = parts[1] }
            }
            guard let fingerprint = fields["fingerprint"], let pages = fields["pages"].flatMap({ Int($0) }),
                let files = fields["files"].flatMap({ Int($0) }), let bytes = fields["bytes"].flatMap({ Int($0) }),
                let warnings = fields["warnings"].flatMap({ Int($0) }), let checked = fields["checked"]
            else { return nil }
            self.init(fingerprint: fingerprint, pages: pages, files: files, bytes: bytes, warnings: warnings, checked: checked,
                      paths: paths)
        }
    }

    /// The summary of the site in the output folder if it was built from `fingerprint` and
    /// still has all its files; nil when a build has work to do. (A file added to the output
    /// by hand stays until the next build that writes.)
    func upToDate(fingerprint: String) -> Summary? {
        let outputPath = output.standardizedFileURL.path
        guard let data = FileManager.default.contents(atPath: outputPath + "/" + SiteWriter.marker),
            let summary = Summary(text: String(decoding: data, as: UTF8.self)), summary.fingerprint == fingerprint,
            summary.paths.count == summary.files
        else { return nil }
        // Each file looked up relative to the output folder, half of them on each core.
        let folder = open(outputPath, O_RDONLY | O_DIRECTORY)
        guard folder >= 0 else { return nil }
        defer { close(folder) }
        let half = (summary.paths.count + 1) / 2
        let halves = [summary.paths.prefix(half), summary.paths.dropFirst(half)]
        let complete = halves.concurrentMap { paths in
            paths.allSatisfy { path in
                var info = stat()
                return fstatat(folder, path, &info, 0) == 0 && info.st_mode & S_IFMT != S_IFDIR
            }
        }
        return complete.allSatisfy { $0 } ? summary : nil
    }

    func write(_ files: [OutputFile], summary: Summary) throws -> Result {
        let manager = FileManager.default
        let outputPath = output.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: outputPath, isDirectory: &isDirectory)
        if exists {
            let contents = (try? manager.contentsOfDirectory(atPath: outputPath)) ?? []
            guard isDirectory.boolValue, contents.isEmpty || contents.contains(SiteWriter.marker) else {
                throw WriteError.notASite(outputPath)
            }
        }
        let markerFile = OutputFile(path: SiteWriter.marker, bytes: Array(summary.text.utf8))
        let files = files + [markerFile]

        // Which files differ from the site that is there now? (Read on every core.)
        var unchanged = Set<String>()
        if exists {
            let same = files.concurrentMap { file in
                let data = FileManager.default.contents(atPath: outputPath + "/" + file.path)
                return data.map { $0.count == file.bytes.count && $0.elementsEqual(file.bytes) } ?? false
            }
            unchanged = Set(zip(files, same).filter(\.1).map(\.0.path))
            let existing = Set(Self.listFiles(under: outputPath))
            if unchanged.count == files.count, existing == Set(files.map(\.path)) {
                return Result(changed: 0)
            }
        }

        let parent = output.standardizedFileURL.deletingLastPathComponent().path
        let name = output.standardizedFileURL.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = "\(parent)/.\(name).new-\(pid)"
        let retired = "\(parent)/.\(name).old-\(pid)"
        try? manager.removeItem(atPath: staging)
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        do {
            // The folders first, parents before children; then the files, on every core.
            var folders = Set<String>()
            for file in files {
                var folder = Substring(file.path)
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    guard folders.insert(String(folder)).inserted else { break }
                }
            }
            for folder in folders.sorted(by: { $0.utf8.count < $1.utf8.count }) {
                guard mkdir(staging + "/" + folder, 0o777) == 0 else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: staging + "/" + folder])
                }
            }
            let unchanged = unchanged
            let failures = files.concurrentMap { file -> String? in
                let target = staging + "/" + file.path
                if unchanged.contains(file.path), link(outputPath + "/" + file.path, target) == 0 {
                    return nil
                }
                do {
                    try Self.writeFile(file.bytes, to: target)
                    return nil
                } catch {
                    return target
                }
            }
            if let failed = failures.lazy.compactMap({ $0 }).first {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: failed])
            }
            if exists {
                try manager.moveItem(atPath: outputPath, toPath: retired)
                do {
                    try manager.moveItem(atPath: staging, toPath: outputPath)
                } catch {
                    try? manager.moveItem(atPath: retired, toPath: outputPath)
                    throw error
                }
                try? manager.removeItem(atPath: retired)
            } else {
                try manager.moveItem(atPath: staging, toPath: outputPath)
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
        return Result(changed: files.count - unchanged.count)
    }

    /// Writes a file with plain POSIX calls: the staging folder is swapped in as a whole, so
    /// a file needs neither its own atomic rename nor an fsync (which FileManager does).
    static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            guard result > 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            written += result
        }
    }

    /// The files under `root` (following links to files, not to folders), as paths relative
    /// to it, in no particular order; empty when `root` is not a folder. A rebuild with no
    /// change lists the whole output to check that it is complete, so this reads each level's
    /// folders on every core with plain `readdir`.
    static func listFiles(under root: String) -> [String] {
        var files: [String] = []
        var level = [""]
        while !level.isEmpty {
            let listed = level.concurrentMap { prefix in readFolder(root, prefix: prefix) }
            level = []
            for folder in listed {
                files += folder.files
                level += folder.folders
            }
        }
        return files
    }

    /// The files and folders directly in `root/prefix`, as paths relative to `root`.
    private static func readFolder(_ root: String, prefix: String) -> (files: [String], folders: [String]) {
        var files: [String] = []
        var folders: [String] = []
        let folder = prefix.isEmpty ? root : root + "/" + prefix
        guard let directory = opendir(folder) else { return ([], []) }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            switch entry.pointee.d_type {
            case UInt8(DT_DIR):
                folders.append(relative)
            case UInt8(DT_LNK), UInt8(DT_UNKNOWN):
                var info = stat()
                guard stat(folder + "/" + name, &info) == 0 else { continue }
                if info.st_mode & S_IFMT != S_IFDIR {
                    files.append(relative)
                } else if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    folders.append(relative)
                }
                // Like FileManager's enumerator: a link to a folder is neither listed nor entered.
            default:
                files.append(relative)
            }
        }
        return (files, folders)
    }
}
