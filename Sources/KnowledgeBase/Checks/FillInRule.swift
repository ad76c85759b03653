/// What `spravka new` left to fill in: values and lines still holding the placeholder word
/// (`Scaffold.marker`), and region keys written but left empty. Warnings, so a scaffold
/// passes at once and says what is still to do.
enum FillInRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        let knowledgeBase = checker.knowledgeBase
        var diagnostics: [Diagnostic] = []
        for article in knowledgeBase.articles + knowledgeBase.regionalArticles {
            diagnostics += markedValues(article.source.frontMatter, path: article.path, checker)
            diagnostics += markedLines(article.body, startLine: article.bodyStartLine, path: article.path, checker)
        }
        for region in knowledgeBase.regions {
            for entry in region.source.frontMatter.entries where entry.value == .empty {
                diagnostics.append(checker.warning(region.path, entry.keyPosition, Messages.Checks.stillToFillIn(entry.key),
                                                   hint: Messages.Checks.emptyRegionKeyHint))
            }
            diagnostics += markedValues(region.source.frontMatter, path: region.path, checker)
            diagnostics += markedLines(region.body, startLine: region.bodyStartLine, path: region.path, checker)
        }
        return diagnostics
    }

    private static func markedValues(_ frontMatter: FrontMatter, path: String, _ checker: Checker) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in frontMatter.entries {
            let scalars: [FrontMatter.Scalar]
            switch entry.value {
            case .scalar(let scalar): scalars = [scalar]
            case .list(let items): scalars = items
            case .map(let entries): scalars = entries.compactMap { if case .scalar(let scalar) = $0.value { scalar } else { nil } }
            case .empty, .invalid: scalars = []
            }
            for scalar in scalars where scalar.text.contains(Scaffold.marker) {
                diagnostics.append(checker.warning(path, scalar.position, Messages.Checks.stillToFillIn(entry.key),
                                                   hint: Messages.Checks.replaceMarkerHint(Scaffold.marker)))
            }
        }
        return diagnostics
    }

    private static func markedLines(_ body: String, startLine: Int, path: String, _ checker: Checker) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: Scaffold.marker) else { continue }
            let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
            diagnostics.append(checker.warning(path, TextPosition(line: startLine + offset, column: column), Messages.Checks.textStillToFillIn,
                                               hint: Messages.Checks.replaceMarkerHint(Scaffold.marker)))
        }
        return diagnostics
    }
}
