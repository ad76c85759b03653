import Foundation

/// The names, sizes and modification times of every file under some folders: two snapshots
/// differ when a file was added, removed or saved. Hidden files and editors' backups (`.x.swp`,
/// `x~`) are left out, as the build leaves them out, so that an editor's autosave does not
/// reload the page.
struct FolderSnapshot: Equatable {
    private var files: [String: FileStamp] = [:]

    private struct FileStamp: Equatable {
        var modified: Date?
        var size: Int?
    }

    init(_ folders: [URL]) {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            while let url = enumerator.nextObject() as? URL {
                if url.lastPathComponent.hasSuffix("~") { continue }
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                files[url.path] = FileStamp(modified: values.contentModificationDate, size: values.fileSize)
            }
        }
    }
}
