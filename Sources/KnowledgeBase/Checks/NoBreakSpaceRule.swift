/// Sources stay plain: authors type ordinary spaces, and the site places no-break spaces
/// where Russian typography wants them when it renders the text. A no-break space typed in a
/// source cannot be seen in an editor, so it is a warning, one per line that holds any.
enum NoBreakSpaceRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        var files = checker.texts.map { ($0.path, $0.source) }
        let defaults = checker.knowledgeBase.defaults
        if !defaults.path.isEmpty { files.append((defaults.path, defaults.source)) }
        return files.flatMap { path, source in
            source.noBreakSpaces.map { checker.warning(path, $0.position, message(count: $0.count)) }
        }
    }

    static func message(count: Int) -> String {
        Messages.Checks.noBreakSpaces(count: count)
    }
}
