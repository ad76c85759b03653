import Foundation

/// A string as a dictionary key compared and hashed by its UTF-8 bytes. `String`'s own
/// hashing normalizes the text (NFC) first, which for Cyrillic costs more than the work a
/// build's caches save; canonically equivalent strings spelled differently are two keys here,
/// which a cache of a pure function can afford.
struct UTF8Key: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.string = string
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        var lhs = lhs.string
        var rhs = rhs.string
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                guard left.count == right.count else { return false }
                guard let a = left.baseAddress, let b = right.baseAddress else { return true }
                return a == b || memcmp(a, b, left.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
