import RedlineParse

/// `/sitemap.xml` (sitemaps.org 0.9) with `xhtml:link` hreflang alternates.
struct Sitemap {
    struct URL: Sendable, Equatable {
        var loc: String
        /// The day of the version the page shows (never the build time).
        var lastmod: PolicyDate
        /// `(hreflang, absolute URL)`, x-default included, as the page's own `<link rel="alternate">`.
        var alternates: [(hreflang: String, href: String)]

        static func == (lhs: URL, rhs: URL) -> Bool {
            lhs.loc == rhs.loc && lhs.lastmod == rhs.lastmod
                && lhs.alternates.map { [$0.hreflang, $0.href] } == rhs.alternates.map { [$0.hreflang, $0.href] }
        }
    }

    let urls: [URL]

    func render() -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for url in urls.sorted(by: { $0.loc < $1.loc }) {
            xml += "  <url>\n    <loc>\(XMLText.escape(url.loc))</loc>\n    <lastmod>\(url.lastmod)</lastmod>\n"
            for alternate in url.alternates {
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(XMLText.escape(alternate.hreflang))\" href=\"\(XMLText.escape(alternate.href))\"/>\n"
            }
            xml += "  </url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}

extension SiteRenderer {
    /// `hreflang` links of a page that exists in these locales: one per locale plus `x-default`,
    /// which is the default locale's page (else the first) — except for the locale home pages,
    /// whose `x-default` is the site root, the page for visitors of any language (Google's
    /// recommended pattern; it also lets the root list itself among its alternates).
    /// A page in a single locale has no alternates to declare, so it gets none.
    /// The sitemap lists exactly this set; the layout's `<link rel="alternate">` should too.
    func hreflangLinks(_ alternates: [(locale: String, directory: String)]) -> [(hreflang: String, href: String)] {
        guard alternates.count > 1 else { return [] }
        var links = alternates.map { (hreflang: $0.locale, href: paths.absolute($0.directory)) }
        let isHomeSet = !alternates.isEmpty && alternates.allSatisfy { $0.directory == SitePaths.localeHome($0.locale) }
        if isHomeSet {
            links.append((hreflang: "x-default", href: paths.absolute("")))
        } else if let fallback = alternates.first(where: { $0.locale == source.config.defaultLocale }) ?? alternates.first {
            links.append((hreflang: "x-default", href: paths.absolute(fallback.directory)))
        }
        return links
    }

    /// Every HTML page but the 404 page, with the date of what it shows and its alternates.
    func sitemapURLs() -> [Sitemap.URL] {
        var urls: [Sitemap.URL] = []
        func add(_ directory: String, _ lastmod: PolicyDate, _ alternates: [(locale: String, directory: String)]) {
            urls.append(Sitemap.URL(loc: paths.absolute(directory), lastmod: lastmod, alternates: hreflangLinks(alternates)))
        }
        for timeline in timelines {
            let policy = timeline.policy
            if let current = timeline.current {
                add(SitePaths.current(timeline.locale, policy), current.published, alternates(policy: policy) { SitePaths.current($0, policy) })
            }
            for entry in timeline.entries {
                let date = entry.version.date
                add(SitePaths.version(timeline.locale, policy, date), entry.published,
                    alternates(policy: policy, date: date) { SitePaths.version($0, policy, date) })
                if entry.previous != nil {
                    add(SitePaths.changes(timeline.locale, policy, date), entry.published,
                        alternates(policy: policy, date: date, requiresPrevious: true) { SitePaths.changes($0, policy, date) })
                }
            }
            add(SitePaths.history(timeline.locale, policy), latestPublished([timeline]), alternates(policy: policy) { SitePaths.history($0, policy) })
        }
        let homes = source.config.locales.map { (locale: $0, directory: SitePaths.localeHome($0)) }
        for locale in source.config.locales {
            add(SitePaths.localeHome(locale), latestPublished(timelines.filter { $0.locale == locale }), homes)
        }
        // The root shows the default locale's home and is the x-default of every locale home.
        add("", latestPublished(timelines), homes)
        return urls
    }
}
