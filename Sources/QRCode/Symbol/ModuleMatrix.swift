/// The square of modules being built for one symbol, with a note of which modules belong to
/// function patterns (§6.3.2) and so are left alone by data placement and masking.
struct ModuleMatrix: Sendable {
    let version: SymbolVersion
    /// Modules per side.
    let size: Int
    /// Row-major, `true` for dark.
    private(set) var modules: [Bool]
    /// Row-major, `true` for a module of a function pattern or of the format or version
    /// information.
    private(set) var isFunction: [Bool]

    /// An all-light matrix with no function patterns yet.
    init(version: SymbolVersion) {
        self.version = version
        size = version.size
        modules = Array(repeating: false, count: size * size)
        isFunction = Array(repeating: false, count: size * size)
    }

    /// The module at column `x`, row `y`.
    subscript(x x: Int, y y: Int) -> Bool {
        get { modules[y * size + x] }
        set { modules[y * size + x] = newValue }
    }

    /// Whether the module at column `x`, row `y` belongs to a function pattern.
    func isFunction(x: Int, y: Int) -> Bool {
        isFunction[y * size + x]
    }

    /// Sets a module of a function pattern, which data placement and masking then skip.
    mutating func setFunctionModule(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }
}
