import KnowledgeBase
/// Plain text shown on a page (an article's title or summary) with the site's typography,
/// escaped for HTML content.
func typesetHTML(_ text: String) -> String {
    escapeHTML(Typography.apply(text))
}

/// A `tel:` address for a Russian phone number as content writes it (`8-800-381-1234`).
func telephoneURL(_ phone: String) -> String {
    "tel:" + phone.filter { $0.isNumber || $0 == "+" }
}
