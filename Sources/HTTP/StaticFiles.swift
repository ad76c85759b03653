import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves the files of one folder: `GET` and `HEAD`, `index.html` for a folder (and a
/// redirect to the folder's address with its final `/`), the folder's `404.html` for what is
/// missing.
///
/// It never serves a file outside the folder: a path with `..` or `.` segments, an encoded
/// `/`, `\` or NUL, a backslash, or a target that is not an absolute path is refused with 400;
/// hidden files (a segment starting with `.`) and files whose real path, after symbolic links,
/// is outside the folder are not found.
public struct StaticFiles: Sendable {
    /// The folder served, asked on every request so that it can change between requests;
    /// `nil` when there is nothing to serve yet.
    public var root: @Sendable () -> URL?
    /// The page served with status 404, relative to the root.
    public var notFoundPage = "404.html"
    /// `Cache-Control` for every response (`no-cache`: a preview always revalidates).
    public var cacheControl: String? = "no-cache"

    public init(root: @escaping @Sendable () -> URL?) {
        self.root = root
    }

    public init(root: URL) {
        self.init(root: { root })
    }

    /// Where a request's path leads.
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the root: its real path.
        case file(String)
        /// A folder asked for without its final `/`: where to send the client.
        case redirect(String)
        case notFound
        /// A path the server refuses outright.
        case refused
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(.methodNotAllowed, headers: [("Allow", "GET, HEAD")])
        }
        guard let root = root() else {
            return .text(.serviceUnavailable, "the site is not built yet\n")
        }
        switch Self.resolve(request, in: root) {
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else { return notFound(in: root) }
            return HTTPResponse(status: .ok, headers: headers(contentType: MediaType.forPath(path)), body: Array(data))
        case .redirect(let location):
            return .text(.movedPermanently, "moved to \(location)\n", headers: [("Location", location)])
        case .notFound:
            return notFound(in: root)
        case .refused:
            return .text(.badRequest)
        }
    }

    private func headers(contentType: String) -> [(name: String, value: String)] {
        var headers = [("Content-Type", contentType), ("X-Content-Type-Options", "nosniff")]
        if let cacheControl { headers.append(("Cache-Control", cacheControl)) }
        return headers
    }

    private func notFound(in root: URL) -> HTTPResponse {
        let path = root.appendingPathComponent(notFoundPage).path
        guard let data = FileManager.default.contents(atPath: path) else { return .text(.notFound) }
        return HTTPResponse(status: .notFound, headers: headers(contentType: MediaType.forPath(path)), body: Array(data))
    }

    /// Maps a request to a file under `root`.
    public static func resolve(_ request: HTTPRequest, in root: URL) -> Resolution {
        let rawPath = request.rawPath
        guard let segments = segments(of: rawPath) else { return .refused }
        if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        guard let realRoot = realPath(root.path) else { return .notFound }
        var candidate = ([realRoot] + segments).joined(separator: "/")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard rawPath.hasSuffix("/") else { return .redirect(rawPath + "/" + request.query) }
            candidate += "/index.html"
        } else if rawPath.hasSuffix("/") {
            return .notFound
        }
        // Symbolic links are followed only as far as they stay inside the root.
        guard let real = realPath(candidate), real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else { return .notFound }
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else { return .notFound }
        return .file(real)
    }

    /// The decoded segments of an absolute path, or `nil` when the path is refused.
    static func segments(of rawPath: String) -> [String]? {
        let bytes = Array(rawPath.utf8)
        guard bytes.first == UInt8(ascii: "/"), !rawPath.hasPrefix("//"), !bytes.contains(UInt8(ascii: "\\")) else { return nil }
        var segments: [String] = []
        let parts = bytes.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if part.isEmpty {
                // Only the final `/` of a folder may leave an empty segment.
                guard index == parts.count - 1 else { return nil }
                continue
            }
            guard let decoded = percentDecoded(part) else { return nil }
            guard decoded != ".", decoded != "..",
                  !decoded.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F })
            else { return nil }
            segments.append(decoded)
        }
        return segments
    }

    /// `%XX` decoded; `nil` for a malformed escape or bytes that are not UTF-8.
    static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else { return nil }
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// The path with every symbolic link resolved, or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
