/// Which link destinations safe mode drops (cmark's `_scan_dangerous_url`).
enum URLSafety {
    private static let dangerous: [[UInt8]] = ["javascript:", "vbscript:", "file:", "data:"].map { Array($0.utf8) }
    private static let safeData: [[UInt8]] = ["image/png", "image/gif", "image/jpeg", "image/webp"].map { Array($0.utf8) }

    /// `javascript:`, `vbscript:`, `file:` and `data:` URLs are dangerous, except, for images
    /// and links alike as in cmark, `data:image/png|gif|jpeg|webp`.
    static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        var url = url
        return url.withUTF8 { isDangerous($0, isImage: isImage) }
    }

    /// `isDangerous` on UTF-8 bytes.
    static func isDangerous(_ bytes: UnsafeBufferPointer<UInt8>, isImage: Bool) -> Bool {
        for scheme in dangerous where hasPrefix(bytes, scheme, at: 0) {
            guard scheme.count == 5 else { return true }  // data:
            return !safeData.contains { hasPrefix(bytes, $0, at: 5) }
        }
        return false
    }

    /// Case-insensitive prefix test on ASCII.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], at start: Int) -> Bool {
        guard bytes.count >= start + prefix.count else { return false }
        for (offset, byte) in prefix.enumerated() {
            let candidate = bytes[start + offset]
            let lower = candidate >= 0x41 && candidate <= 0x5A ? candidate | 0x20 : candidate
            if lower != byte { return false }
        }
        return true
    }
}
