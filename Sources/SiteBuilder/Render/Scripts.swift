/// Which theme scripts a kind of page loads: only what the page needs, and only if the
/// theme has it.
extension SiteModel {
    enum ScriptNeed { case search, wizard, operatorConsole }

    func scripts(for need: ScriptNeed) -> [String] {
        var scripts: [String] = []
        // The console has no search form: it is not a page for parents.
        if need != .operatorConsole, theme.has("js/search.js") { scripts.append(theme.url("js/search.js")) }
        // The interview engine first: the wizard's and the console's pages use it.
        if need != .search, theme.has("js/engine.js") { scripts.append(theme.url("js/engine.js")) }
        if need == .wizard, theme.has("js/wizard.js") { scripts.append(theme.url("js/wizard.js")) }
        if need == .operatorConsole {
            for script in ["js/operator-checks.js", "js/operator.js"] where theme.has(script) { scripts.append(theme.url(script)) }
        }
        return scripts
    }
}
