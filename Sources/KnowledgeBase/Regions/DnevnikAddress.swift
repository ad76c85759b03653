/// Finds Dnevnik.ru web addresses (`login.dnevnik.ru/login/esia/omsk`, `70.dnevnik.ru`,
/// `https://dnevnik.ru`) in text, so that no page of a region without Dnevnik.ru sends a
/// parent there. The Cyrillic name «Дневник.ру» is not an address and is not found; other
/// systems whose host merely contains the word (`dnevnik.mos.ru`, `dnevnik2.petersburgedu.ru`)
/// are not Dnevnik.ru.
public enum DnevnikAddress {
    public struct Match: Equatable, Sendable {
        /// The address as written, from its host to the end of its path.
        public var text: String
        /// 1-based line within the text searched.
        public var line: Int
        /// 1-based character column within that line.
        public var column: Int
    }

    /// Every Dnevnik.ru address in `text`, in order.
    public static func find(in text: String) -> [Match] {
        let domain = Array("dnevnik.ru".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= domain.count else { return [] }
        var matches: [Match] = []
        var index = 0
        while index + domain.count <= bytes.count {
            guard bytes[index..<(index + domain.count)].elementsEqual(domain, by: { lower($0) == $1 }),
                  index + domain.count == bytes.count || !isHostByte(bytes[index + domain.count]),
                  index == 0 || bytes[index - 1] == UInt8(ascii: ".") || !isHostByte(bytes[index - 1])
            else {
                index += 1
                continue
            }
            // Widen to the whole host (subdomains) and the path that follows.
            var start = index
            while start > 0, isHostByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") { start -= 1 }
            while start < index, bytes[start] == UInt8(ascii: ".") { start += 1 }
            var end = index + domain.count
            if end < bytes.count, bytes[end] == UInt8(ascii: "/") {
                while end < bytes.count, isPathByte(bytes[end]) { end += 1 }
            }
            while end > index + domain.count, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")")].contains(bytes[end - 1]) { end -= 1 }
            let lineStart = bytes[..<start].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let line = bytes[..<start].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
            matches.append(Match(text: String(decoding: bytes[start..<end], as: UTF8.self), line: line, column: column))
            index = end
        }
        return matches
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    private static func isPathByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
            && byte != UInt8(ascii: "]")
    }
}
