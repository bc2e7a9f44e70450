import RedlineParse

/// Where the machine-readable files live, relative to the site root.
enum MachinePaths {
    static func atomFeed(_ locale: String) -> String { "\(locale)/feed.xml" }
    static func jsonFeed(_ locale: String) -> String { "\(locale)/feed.json" }
    /// Next to the version's folder: `en/privacy/2021-03-01.json` beside `en/privacy/2021-03-01/`.
    static func versionJSON(_ locale: String, _ policy: String, _ date: PolicyDate) -> String { "\(locale)/\(policy)/\(date).json" }
    static let versionsIndex = "versions.json"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
}
