import RedlineParse

/// `/sitemap.xml` (sitemaps.org 0.9) with `xhtml:link` hreflang alternates, split into a
/// sitemap index and parts when the site outgrows one file.
struct Sitemap {
    struct URL: Sendable, Equatable {
        var loc: String
        /// The day of the version the page shows (never the build time).
        var lastmod: PolicyDate
        /// `(hreflang, absolute URL)`, x-default included, as the page's own `<link rel="alternate">`.
        var alternates: [(hreflang: String, href: String)] { links.list }
        /// The alternates with their XML, shared by every page of the set (40 locales' copies of a
        /// page list the same 41 links: written once, not 40 times).
        let links: Alternates

        init(loc: String, lastmod: PolicyDate, links: Alternates) {
            (self.loc, self.lastmod, self.links) = (loc, lastmod, links)
        }

        init(loc: String, lastmod: PolicyDate, alternates: [(hreflang: String, href: String)]) {
            self.init(loc: loc, lastmod: lastmod, links: Alternates(alternates))
        }

        static func == (lhs: URL, rhs: URL) -> Bool {
            lhs.loc == rhs.loc && lhs.lastmod == rhs.lastmod
                && lhs.alternates.map { [$0.hreflang, $0.href] } == rhs.alternates.map { [$0.hreflang, $0.href] }
        }
    }

    /// One set of `hreflang` alternates and its `<xhtml:link>` lines.
    final class Alternates: Sendable {
        let list: [(hreflang: String, href: String)]
        let xml: [UInt8]

        init(_ list: [(hreflang: String, href: String)]) {
            self.list = list
            var xml = ""
            for alternate in list {
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(XMLText.escape(alternate.hreflang))\" href=\"\(XMLText.escape(alternate.href))\"/>\n"
            }
            self.xml = Array(xml.utf8)
        }
    }

    let urls: [URL]
    /// sitemaps.org: a sitemap file holds at most 50,000 URLs and 50 MB (52,428,800 bytes)
    /// uncompressed. A site with 40 locales lists 41 alternates per URL, so 10,000 versions
    /// make about 100 MB.
    var maximumURLs = 50_000
    var maximumBytes = 52_428_800

    static let urlsetHeader = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
    static let urlsetFooter = "</urlset>\n"

    /// `sitemap.xml`; for a site beyond one file's limits, `sitemap.xml` is a sitemap index of
    /// `sitemap-1.xml`, `sitemap-2.xml`, … (URLs in path order, each part as full as the limits allow).
    /// `absolute` turns a site-relative path into the URL the index lists.
    func files(absolute: (String) -> String) -> [OutputFile] {
        var parts: [(bytes: [UInt8], lastmod: PolicyDate)] = []
        var current = Array(Self.urlsetHeader.utf8)
        var count = 0
        var lastmod: PolicyDate?
        let footer = Array(Self.urlsetFooter.utf8)
        for url in urls.sorted(by: { $0.loc < $1.loc }) {
            let entry = Self.entry(url)
            if count > 0, count == maximumURLs || current.count + entry.count + footer.count > maximumBytes {
                parts.append((current + footer, lastmod ?? url.lastmod))
                (current, count, lastmod) = (Array(Self.urlsetHeader.utf8), 0, nil)
            }
            current += entry
            count += 1
            lastmod = max(lastmod ?? url.lastmod, url.lastmod)
        }
        guard !parts.isEmpty, let lastmod else { return [OutputFile(path: MachinePaths.sitemap, bytes: current + footer)] }
        parts.append((current + footer, lastmod))
        var index = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        var files: [OutputFile] = []
        for (number, part) in parts.enumerated() {
            let path = "sitemap-\(number + 1).xml"
            index += "  <sitemap>\n    <loc>\(XMLText.escape(absolute(path)))</loc>\n    <lastmod>\(part.lastmod)</lastmod>\n  </sitemap>\n"
            files.append(OutputFile(path: path, bytes: part.bytes))
        }
        index += "</sitemapindex>\n"
        return [OutputFile(path: MachinePaths.sitemap, text: index)] + files
    }

    /// One `<url>` element.
    static func entry(_ url: URL) -> [UInt8] {
        Array("  <url>\n    <loc>\(XMLText.escape(url.loc))</loc>\n    <lastmod>\(url.lastmod)</lastmod>\n".utf8)
            + url.links.xml + Array("  </url>\n".utf8)
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
        // Every locale's copy of a page has the same alternates: made once per set.
        var shared: [[String]: Sitemap.Alternates] = [:]
        func add(_ directory: String, _ lastmod: PolicyDate, _ alternates: [(locale: String, directory: String)]) {
            let key = alternates.map { $0.locale + "\u{0}" + $0.directory }
            let links = shared[key] ?? Sitemap.Alternates(hreflangLinks(alternates))
            shared[key] = links
            urls.append(Sitemap.URL(loc: paths.absolute(directory), lastmod: lastmod, links: links))
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
