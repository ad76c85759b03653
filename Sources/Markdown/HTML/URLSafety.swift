/// Which link destinations safe mode drops (cmark's `_scan_dangerous_url`).
enum URLSafety {
    /// `javascript:`, `vbscript:`, `file:` and `data:` URLs are dangerous, except, for images
    /// and links alike as in cmark, `data:image/png|gif|jpeg|webp`.
    static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        let lower = url.prefix(20).lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") {
            return true
        }
        if lower.hasPrefix("data:") {
            for allowed in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            where lower.hasPrefix(allowed) {
                return false
            }
            return true
        }
        return false
    }
}
