/// A heading whose text uses a region variable gets a different anchor in every region, so
/// links to it cannot be checked and break from region to region.
enum HeadingRule {
    static func check(_ checker: Checker) -> [Diagnostic] {
        checker.texts.flatMap { text in
            text.source.headings.filter { $0.text.containsBytes("{{") }.map {
                checker.warning(text.path, $0.position, Messages.Checks.variableInHeading,
                                hint: Messages.Checks.variableInHeadingHint)
            }
        }
    }
}
