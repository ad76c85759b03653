// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Spravka",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "spravka", targets: ["spravka"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "QRCode", targets: ["QRCode"]),
    ],
    targets: [
        .target(name: "Markdown"),
        .target(name: "QRCode"),
        .target(name: "HTTP"),
        .target(name: "Gzip"),
        .target(name: "SiteLog", dependencies: ["Gzip", "Diagnosis", "KnowledgeBase"]),
        .target(name: "KnowledgeBase", dependencies: ["Markdown"]),
        .target(name: "Diagnosis", dependencies: ["KnowledgeBase", "Markdown"]),
        .target(name: "SiteBuilder", dependencies: ["KnowledgeBase", "Markdown", "QRCode", "HTTP"]),
        .target(name: "SpravkaCLI", dependencies: ["Markdown", "KnowledgeBase", "Diagnosis", "SiteBuilder", "QRCode", "SiteLog", "Gzip"]),
        .executableTarget(name: "spravka", dependencies: ["SpravkaCLI"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DiagnosisTests", dependencies: ["Diagnosis"]),
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "Diagnosis", "HTTP", "HTTPTestSupport", "ToolSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SpravkaCLITests", dependencies: ["SpravkaCLI", "ToolSupport"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "ToolSupport"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "HTTPTestSupport"]),
        .testTarget(name: "GzipTests", dependencies: ["Gzip", "ToolSupport"]),
        .testTarget(name: "SiteLogTests", dependencies: ["SiteLog"]),
        // A client over real loopback sockets, for the tests of the server and of the preview.
        .target(name: "HTTPTestSupport", path: "Tests/HTTPTestSupport"),
        // Programs from outside the toolchain that some proofs run (zbarimg, segno, nginx…):
        // missing, the proof is skipped with one line, or fails under SPRAVKA_REQUIRE_TOOLS=1.
        .target(name: "ToolSupport", path: "Tests/ToolSupport"),
    ],
    swiftLanguageModes: [.v6]
)
