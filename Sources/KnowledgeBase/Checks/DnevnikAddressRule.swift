/// No page of a region without Dnevnik.ru shows a Dnevnik.ru address: a parent there would
/// be sent to a system their school does not use. (Region files' own values are checked
/// when they are loaded; here, their bodies and every article such a region shows.)
enum DnevnikAddressRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        let withoutDnevnik = knowledgeBase.regions.filter { $0.dnevnikUse == .no }.map(\.code)
        guard !withoutDnevnik.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for text in checker.texts {
            let codes = withoutDnevnik.filter(text.scope.regionSet.contains)
            guard !codes.isEmpty else { continue }
            let message = { (address: String) in Messages.Checks.dnevnikAddressShown(address, regions: codes) }
            let hint = Messages.Checks.dnevnikAddressShownHint
            if !text.isRegionFile {
                for entry in text.source.frontMatter.entries {
                    for scalar in entry.scalars {
                        for found in DnevnikAddress.find(in: scalar.text) {
                            diagnostics.append(checker.error(text.path, scalar.sourcePosition.advanced(by: found.column - 1), message(found.text), hint: hint))
                        }
                    }
                }
            }
            let start = TextPosition(line: text.bodyStartLine, column: 1)
            for found in DnevnikAddress.find(in: text.body) {
                diagnostics.append(checker.error(text.path, start.offset(line: found.line, column: found.column), message(found.text), hint: hint))
            }
        }
        return diagnostics
    }
}
