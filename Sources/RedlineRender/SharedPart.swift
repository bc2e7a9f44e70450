/// A group of the files that draw on more than one timeline, rendered (and, in an incremental
/// build, cached) as one: what each group reads decides when it must be made again.
public enum SharedPart: Hashable, Sendable {
    /// The locale's home page and its Atom and JSON feeds; for the default locale also the root
    /// home page. They read the locale's timelines and the canonical reviews.
    case locale(String)
    /// The sitemap: every page's path and publication date, nothing of the text.
    case sitemap
    /// `versions.json`: every version's metadata, hash and finding counts.
    case versionsIndex
    /// The 404 page, robots.txt and the theme's assets: configuration and theme only.
    case site

    /// Every part of a site with these locales, in rendering order.
    public static func all(locales: [String]) -> [SharedPart] {
        locales.map { .locale($0) } + [.versionsIndex, .sitemap, .site]
    }

    /// A stable name for caches (`locale/en`, `sitemap`, …).
    public var id: String {
        switch self {
        case let .locale(locale): "locale/\(locale)"
        case .sitemap: "sitemap"
        case .versionsIndex: "versions-index"
        case .site: "site"
        }
    }
}
