// libFuzzer entry for `scripts/fuzz-markdown.sh --differential`: every generated input is
// rendered by Spravka and by cmark (libcmark, loaded with dlopen, in the same process) and
// the two HTML outputs are normalised as the spec's test runner does
// (Tests/MarkdownTests/Differential/HTMLNormalizer.swift); an input where they differ is
// kept in fuzz-out/differences/ with both outputs, and counted. The tree and the
// direct writer are compared as in the ordinary mode. Compiled by the script together with
// Sources/Markdown; not part of the package.
#if canImport(Glibc)
import Glibc
#endif

/// cmark 0.30.2's `cmark_markdown_to_html(text, length, options)`.
private typealias MarkdownToHTML = @convention(c) (UnsafePointer<CChar>, Int, Int32) -> UnsafeMutablePointer<CChar>?

private let cmarkMarkdownToHTML: MarkdownToHTML = {
    for name in ["libcmark.so", "libcmark.so.0.30.2"] {
        if let library = dlopen(name, RTLD_NOW), let symbol = dlsym(library, "cmark_markdown_to_html") {
            return unsafeBitCast(symbol, to: MarkdownToHTML.self)
        }
    }
    fatalError("libcmark not found: apt-get install libcmark-dev")
}()

/// cmark's `CMARK_OPT_UNSAFE`.
private let cmarkUnsafe: Int32 = 1 << 17

/// The input as compared with cmark: bytes where cmark 0.30.2 and CommonMark 0.31.2 are
/// known to differ are mapped to printable ASCII rather than skipped, so that the input's
/// structure is still compared. Non-ASCII bytes lose their top bit (0.31 counts Unicode
/// symbols as punctuation, §2.1; NUL becomes U+FFFD, a symbol), and the other ASCII control
/// characters become `@`, `A`…`_`, and DEL `?` (cmark takes them into link destinations,
/// which §6.3 forbids).
private func comparable(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    bytes.map { byte in
        let ascii = byte & 0x7F
        if ascii < 0x20, ascii != UInt8(ascii: "\t"), ascii != UInt8(ascii: "\n"), ascii != UInt8(ascii: "\r") {
            return ascii + 0x40
        }
        return ascii == 0x7F ? UInt8(ascii: "?") : ascii
    }
}

/// Inputs where cmark 0.30.2 and CommonMark 0.31.2 are known to differ, on purpose or by a
/// cmark bug (see Tests/MarkdownTests/Differential/ExpectedDifference.swift for the spec
/// sections); they are not compared. One more known class, cmark's `openers_bottom` bug in
/// emphasis (`__!_!__`, `_*__-_`), has no cheap test: it is recorded and triaged.
private func touchesKnownDifference(_ bytes: ArraySlice<UInt8>) -> Bool {
    var previous: UInt8 = 0
    var index = bytes.startIndex
    var lineStart = true
    var markersOnLine = 0
    var hasDefinition = false
    while index < bytes.endIndex {
        let byte = bytes[index]
        // A title on the line after a definition's destination (`[a]: /u` then `"t" x`):
        // when text follows the title, cmark keeps the title on the definition (§4.7).
        if lineStart, hasDefinition {
            var cursor = index
            while cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { cursor += 1 }
            if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") || bytes[cursor] == UInt8(ascii: "(") {
                return true
            }
        }
        if previous == UInt8(ascii: "]"), byte == UInt8(ascii: ":") { hasDefinition = true }
        // A destination in pointy brackets with whitespace just inside them (`[a](< b >)`):
        // §6.3 keeps it in the destination (so does commonmark.js), cmark trims it. And one
        // with a backslash before a line ending (`[a](<b\` then `c>)`): §6.3 allows no line
        // ending there, cmark takes it.
        if byte == UInt8(ascii: "<"), previous == UInt8(ascii: "(") || previous == UInt8(ascii: ":") || previous == UInt8(ascii: " ") {
            var cursor = index + 1
            var last: UInt8 = byte
            while cursor < bytes.endIndex, bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "\n") {
                if cursor == index + 1, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { return true }
                last = bytes[cursor]
                // An escaped `>` (or `<`) does not end the destination.
                if last == UInt8(ascii: "\\"), cursor + 1 < bytes.endIndex, bytes[cursor + 1] != UInt8(ascii: "\n") {
                    cursor += 1
                    last = bytes[cursor]
                }
                cursor += 1
            }
            if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: ">"), last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
                return true
            }
            if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "\n"), last == UInt8(ascii: "\\") { return true }
        }
        // Containers nested past BlockParser.maxNesting (100): Spravka stops opening them,
        // on purpose (hostile input), where cmark goes on.
        if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
            markersOnLine += 1
            if markersOnLine >= 90 { return true }
        }
        lineStart = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        if lineStart { markersOnLine = 0 }
        // `<!`: comments and declarations changed in 0.31 (§6.6, §4.6). `<?`: cmark's
        // scanner takes no processing instruction whose text is an odd run of `?`
        // (`<?????>`), which §6.6 allows.
        if previous == UInt8(ascii: "<"), byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return true }
        if previous == UInt8(ascii: "\\") {
            // `\&`: cmark decodes an entity after an escaped `&` in destinations, titles
            // and info strings (§2.4). `\"`, `\'`, `\)`: cmark closes a link title at an
            // escaped delimiter (§6.3).
            if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") {
                return true
            }
        }
        // `""`, `''`: cmark keeps an empty title from a title that failed (§4.7).
        if byte == previous, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return true }
        // `&#` references to noncharacters: cmark replaces them with U+FFFD (§2.5 keeps
        // every valid code point).
        if previous == UInt8(ascii: "&"), byte == UInt8(ascii: "#") {
            var value: UInt32 = 0
            var cursor = index + 1
            let hex = cursor < bytes.endIndex && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            if hex { cursor += 1 }
            while cursor < bytes.endIndex, value < 0x110000 {
                let digit = bytes[cursor]
                if digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") {
                    value = value * (hex ? 16 : 10) + UInt32(digit - UInt8(ascii: "0"))
                } else if hex, (digit | 0x20) >= UInt8(ascii: "a"), (digit | 0x20) <= UInt8(ascii: "f") {
                    value = value * 16 + UInt32((digit | 0x20) - UInt8(ascii: "a") + 10)
                } else {
                    break
                }
                cursor += 1
            }
            if value & 0xFFFE == 0xFFFE || (value >= 0xFDD0 && value <= 0xFDEF) { return true }
        }
        previous = byte
        index += 1
    }
    return false
}

private var compared = 0
private var skipped = 0
private var differing = 0
private var emphasisOnly = 0
private let reportAtExit: Void = {
    atexit {
        fputs("differential: \(compared) inputs compared with cmark, \(differing) differed, \(emphasisOnly) more differed in emphasis only, \(skipped) skipped (known differences)\n", stderr)
    }
}()

/// Keeps a differing input and both outputs in `folder` (the first 500 of each kind), to be
/// triaged: a bug in Spravka to fix, or a known difference to skip above.
private func record(_ markdown: ArraySlice<UInt8>, cmark: [UInt8], spravka: [UInt8], folder: String, number: Int) {
    guard number <= 500 else { return }
    mkdir("fuzz-out/differences", 0o755)
    mkdir(folder, 0o755)
    let base = "\(folder)/\(number)"
    for (suffix, bytes) in [(".md", Array(markdown)), (".cmark.html", cmark), (".spravka.html", spravka)] {
        guard let file = fopen(base + suffix, "wb") else { continue }
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }
}

/// The normalised HTML without emphasis: its tags and the `*` and `_` that may be left as
/// text. Two outputs that agree on this differ only in which delimiters became emphasis,
/// where cmark 0.30.2 has a known bug (its `openers_bottom`, §6.2; cmark's regression.txt
/// now expects Spravka's output for `__!_!__`). They are counted and kept apart.
private func withoutEmphasis(_ html: String) -> String {
    var text = html
    for tag in ["<em>", "</em>", "<strong>", "</strong>", "*", "_"] {
        text = text.split(separator: tag, omittingEmptySubsequences: false).joined()
    }
    return text
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownDifferential(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = reportAtExit
    _ = fuzzMarkdown(data, size)
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let selector = bytes.first ?? 0
    let unsafe = selector & 1 == 1
    let options = MarkdownOptions(unsafe: unsafe, extensions: [])
    let raw = Array(bytes.dropFirst())
    if Document(parsing: raw, options: options).htmlUTF8(options: options) != markdownToHTML(utf8: raw, options: options) {
        fatalError("markdownToHTML(utf8:) differs from the rendered Document")
    }
    let markdown = comparable(bytes.dropFirst())[...]
    let ours = markdownToHTML(utf8: Array(markdown), options: options)
    if touchesKnownDifference(markdown) {
        skipped += 1
        return 0
    }
    compared += 1
    if compared % 100_000 == 0 { fputs("differential: \(compared) inputs compared with cmark, \(skipped) skipped\n", stderr) }
    let theirs: [UInt8] = markdown.withUnsafeBufferPointer { buffer in
        let text = UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
        guard let html = cmarkMarkdownToHTML(text, buffer.count, unsafe ? cmarkUnsafe : 0) else { return [] }
        defer { free(html) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(html).assumingMemoryBound(to: UInt8.self), count: strlen(html)))
    }
    if ours == theirs { return 0 }
    let normalizedOurs = HTMLNormalizer.normalize(String(decoding: ours, as: UTF8.self))
    let normalizedTheirs = HTMLNormalizer.normalize(String(decoding: theirs, as: UTF8.self))
    if normalizedOurs == normalizedTheirs { return 0 }
    if withoutEmphasis(normalizedOurs) == withoutEmphasis(normalizedTheirs) {
        emphasisOnly += 1
        record(markdown, cmark: theirs, spravka: ours, folder: "fuzz-out/differences/emphasis", number: emphasisOnly)
    } else {
        differing += 1
        record(markdown, cmark: theirs, spravka: ours, folder: "fuzz-out/differences", number: differing)
    }
    return 0
}
