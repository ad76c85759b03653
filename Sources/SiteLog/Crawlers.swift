/// Requests of search engines' and other robots, which the report does not count: a user
/// agent naming itself a bot, crawler, spider or one of the well-known robots of Russian and
/// international search engines, link previewers and monitoring.
enum Crawlers {
    static let markers = [
        "bot", "crawl", "spider", "slurp", "yandex", "googlebot", "bingpreview", "mail.ru_bot", "facebookexternalhit",
        "telegrambot", "whatsapp", "vkshare", "headless", "python-requests", "curl/", "wget/", "go-http-client",
        "okhttp", "apache-httpclient", "libwww", "scrapy", "httpclient", "uptime", "monitor", "lighthouse", "pingdom",
    ]

    static func isCrawler(_ userAgent: String) -> Bool {
        if userAgent.isEmpty || userAgent == "-" { return true }
        let lower = userAgent.lowercased()
        return markers.contains { lower.contains($0) }
    }
}
