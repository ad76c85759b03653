/// Every `{{region.KEY}}` names a region key and has a value in every region the text is
/// built for (the region's own, else the default).
enum VariableRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        var diagnostics: [Diagnostic] = []
        for text in checker.texts {
            for use in text.source.variables {
                let name = "{{region.\(use.key)}}"
                guard Region.variableKeys.contains(use.key) else {
                    if Region.listKeys.contains(use.key) {
                        diagnostics.append(checker.error(text.path, use.position, "\(name) is a list and cannot be used as a variable"))
                    } else {
                        let close = Suggestion.closest(to: use.key, among: Region.variableKeys)
                        diagnostics.append(checker.error(text.path, use.position, "unknown region variable \(name)",
                                                         hint: close.map { "did you mean {{region.\($0)}}?" } ?? "keys: " + Region.variableKeys.joined(separator: ", ")))
                    }
                    continue
                }
                let lacksDefault = text.scope.includesNoRegion && knowledgeBase.variable(use.key, region: nil) == nil
                let codes = (checker.regionsLacking[use.key] ?? []).filter { text.scope.regionSet.contains($0) }
                guard lacksDefault || !codes.isEmpty else { continue }
                let hint = use.key == "hotline"
                    ? "a hotline has no default: restrict the text with 'regions:' to regions that have one, or use {{region.support}}"
                    : "set '\(use.key)' in the region files or in regions/_defaults.md"
                if codes.isEmpty {
                    diagnostics.append(checker.error(text.path, use.position, "\(name) has no value: regions/_defaults.md does not set '\(use.key)'", hint: hint))
                } else {
                    diagnostics.append(checker.error(text.path, use.position, "\(name) has no value for \(Checker.regions(codes))", hint: hint))
                }
            }
        }
        return diagnostics
    }
}
