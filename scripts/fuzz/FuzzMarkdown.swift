// libFuzzer entry point for the Markdown module (compiled by scripts/fuzz-markdown.sh
// together with Sources/Markdown; not part of the package).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte picks the options, so one corpus covers every combination.
    let selector = bytes.first ?? 0
    let options = MarkdownOptions(
        unsafe: selector & 1 == 1,
        extensions: selector & 2 == 2 ? [] : .gfm)
    let document = Document(parsing: bytes, options: options)
    let html = document.html(options: options)
    // Every node's range must lie inside the input's lines.
    // Lines end at LF, CR LF or a lone CR (CommonMark §2.1).
    var lines = 1
    for (index, byte) in bytes.enumerated() {
        if byte == UInt8(ascii: "\n") {
            lines += 1
        } else if byte == UInt8(ascii: "\r"), index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") {
            lines += 1
        }
    }
    document.root.walk { node in
        if node.range.start.line > lines + 1 || node.range.end.line > lines + 1 {
            fatalError("range \(node.range) beyond the input's \(lines) lines")
        }
    }
    if !options.unsafe, html.contains("<script") {
        fatalError("safe rendering let a <script> tag through")
    }
    return 0
}
