import Foundation

/// Finds the files of an `Articles/` tree and classifies them by the layout of
/// `docs/content-format.md`. Directory listings are sorted, so the order is the same on every
/// machine.
struct ContentLayout {
    let root: URL
    let rootPath: String
    private(set) var files: [ContentFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether `root` is a directory; if not, there is nothing else to check.
    private(set) var isDirectory = false
    private let fileManager = FileManager.default

    init(root: URL, rootPath: String) {
        self.root = root
        self.rootPath = rootPath
    }

    mutating func discover() {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(.error, path: rootPath, line: 1, column: 1, message: Messages.Files.noSuchDirectory,
                                          hint: Messages.Files.noSuchDirectoryHint))
            return
        }
        self.isDirectory = true
        walk(root, components: [])
    }

    private mutating func walk(_ directory: URL, components: [String]) {
        let names = ((try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(url, components: components + [name])
            } else if name.hasSuffix(".md") {
                classify(url, components: components + [name])
            }
        }
    }

    private mutating func classify(_ url: URL, components: [String]) {
        let path = DisplayPath.join(rootPath, components.joined(separator: "/"))
        let name = String(components[components.count - 1].dropLast(3))
        func add(_ kind: ContentFile.Kind) {
            files.append(ContentFile(url: url, path: path, name: name, kind: kind))
        }
        func report(_ message: String, hint: String? = nil) {
            diagnostics.append(Diagnostic(.error, path: path, line: 1, column: 1, message: message, hint: hint))
        }
        switch components.count {
        case 2 where components[0] == "articles":
            add(.article)
        case 2 where components[0] == "regions":
            if name == "_defaults" {
                add(.regionDefaults)
            } else if Identifier.isRegionCode(name) {
                add(.region(code: name))
            } else {
                report(Messages.Files.badRegionFileName(name))
            }
        case 3 where components[0] == "regions":
            if Identifier.isRegionCode(components[1]) {
                add(.regionalArticle(region: components[1]))
            } else {
                report(Messages.Files.badRegionDirectory(components[1]))
            }
        case 3 where components[0] == "diagnosis" && components[1] == "questions":
            add(.question)
        case 3 where components[0] == "diagnosis" && components[1] == "causes":
            add(.cause)
        case 2 where components[0] == "search" && name == "synonyms":
            add(.synonyms)
        case 2 where components[0] == "pages":
            if let kind = PageText.Kind(rawValue: name) {
                add(.pageText(kind))
            } else {
                report(Messages.PageTexts.unknownFile(name), hint: Messages.PageTexts.fileHint)
            }
        default:
            diagnostics.append(Diagnostic(.warning, path: path, line: 1, column: 1,
                                          message: Messages.Files.outsideLayout,
                                          hint: Messages.Files.outsideLayoutHint))
        }
    }
}
