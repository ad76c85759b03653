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
                        diagnostics.append(checker.error(text.path, use.position, Messages.Checks.listVariable(name)))
                    } else {
                        let close = Suggestion.closest(to: use.key, among: Region.variableKeys)
                        diagnostics.append(checker.error(text.path, use.position, Messages.Checks.unknownVariable(name),
                                                         hint: close.map(Messages.Checks.didYouMeanVariable) ?? Messages.Checks.variableKeysHint(Region.variableKeys)))
                    }
                    continue
                }
                let lacksDefault = text.scope.includesNoRegion && knowledgeBase.variable(use.key, region: nil) == nil
                let codes = (checker.regionsLacking[use.key] ?? []).filter { text.scope.regionSet.contains($0) }
                guard lacksDefault || !codes.isEmpty else { continue }
                let hint = use.key == "hotline"
                    ? Messages.Checks.hotlineVariableHint
                    : Messages.Checks.setVariableHint(use.key)
                if codes.isEmpty {
                    diagnostics.append(checker.error(text.path, use.position, Messages.Checks.noDefaultValue(name, key: use.key), hint: hint))
                } else {
                    diagnostics.append(checker.error(text.path, use.position, Messages.Checks.noValueInRegions(name, regions: codes), hint: hint))
                }
            }
        }
        return diagnostics
    }
}
