import Foundation

/// The `spravka` executable that `swift test` built, next to the test bundle.
enum BuiltExecutable {
    static var url: URL {
        #if os(macOS)
            for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
                return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("spravka")
            }
        #endif
        return Bundle.main.bundleURL.appendingPathComponent("spravka")
    }
}
