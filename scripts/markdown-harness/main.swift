// `markdown-harness [--no-extensions]`: standard input to HTML on standard output through
// the Markdown module alone (markdownToHTML's direct writer, safe), read and written with
// plain read(2)/write(2). Built by scripts/bench-markdown.sh with swiftc next to the
// module's sources, so that its instruction counts and peak memory are the parser's and
// not the CLI's (whose executable links Foundation: 20 MB resident before reading a byte).
#if canImport(Glibc)
import Glibc
#endif

let extensions: MarkdownOptions.Extensions = CommandLine.arguments.contains("--no-extensions") ? [] : .gfm
var input: [UInt8] = []
var chunk = [UInt8](repeating: 0, count: 1 << 16)
while true {
    let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
    if count <= 0 { break }
    input.append(contentsOf: chunk[0..<count])
}
withMarkdownHTML(utf8: input, options: MarkdownOptions(unsafe: false, extensions: extensions)) { html in
    var offset = 0
    while offset < html.count {
        let written = write(1, html.baseAddress! + offset, html.count - offset)
        if written <= 0 { exit(1) }
        offset += written
    }
}
