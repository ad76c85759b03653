/// Builds the part of a usage line after the command's name.
enum Synopsis {
    /// `[--unsafe] [--format <format>] [--given <fact=value> ...] <path>`: options in
    /// declaration order, then positionals.
    static func make(options: [Option], positionals: [Positional]) -> String {
        let optionParts = options.map { option in
            "[\(option.synopsis)\(option.isRepeatable ? " ..." : "")]"
        }
        return (optionParts + positionals.map(\.synopsis)).joined(separator: " ")
    }
}
