/// Which theme scripts a kind of page loads: only what the page needs, and only if the
/// theme has it.
extension SiteModel {
    enum ScriptNeed { case search, wizard }

    func scripts(for need: ScriptNeed) -> [String] {
        var scripts: [String] = []
        if theme.has("js/search.js") { scripts.append(theme.url("js/search.js")) }
        if need == .wizard, theme.has("js/wizard.js") { scripts.append(theme.url("js/wizard.js")) }
        return scripts
    }
}
