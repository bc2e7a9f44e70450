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
        let tail = Array(Self.entryTail.utf8)
        for url in urls.sorted(by: { $0.loc < $1.loc }) {
            // The entry's parts are appended where they go (a 40-locale entry is 4 KB of shared links).
            let head = Self.entryHead(url)
            if count > 0, count == maximumURLs || current.count + head.utf8.count + url.links.xml.count + tail.count + footer.count > maximumBytes {
                parts.append((current + footer, lastmod ?? url.lastmod))
                (current, count, lastmod) = (Array(Self.urlsetHeader.utf8), 0, nil)
            }
            current += head.utf8
            current += url.links.xml
            current += tail
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

    /// A `<url>` element up to its alternates (`links.xml`), and its end.
    static func entryHead(_ url: URL) -> String {
        "  <url>\n    <loc>\(XMLText.escape(url.loc))</loc>\n    <lastmod>\(url.lastmod)</lastmod>\n"
    }
    static let entryTail = "  </url>\n"
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
        // Every locale's copy of a page has the same alternates: made once per set, found by the
        // page's kind, policy and date. (Keyed by the list itself, each of 30,000 pages built its
        // 40 alternates and hashed them: a quarter of a million instructions a page.)
        var shared: [String: Sitemap.Alternates] = [:]
        func add(_ directory: String, _ lastmod: PolicyDate, set: String,
                 _ alternates: () -> [(locale: String, directory: String)]) {
            let links = shared[set] ?? Sitemap.Alternates(hreflangLinks(alternates()))
            shared[set] = links
            urls.append(Sitemap.URL(loc: paths.absolute(directory), lastmod: lastmod, links: links))
        }
        for timeline in timelines {
            let policy = timeline.policy
            if let current = timeline.current {
                add(SitePaths.current(timeline.locale, policy), current.published, set: "current\u{0}" + policy) {
                    alternates(policy: policy) { SitePaths.current($0, policy) }
                }
            }
            for entry in timeline.entries {
                let date = entry.version.date
                let day = policy + "\u{0}" + date.description
                add(SitePaths.version(timeline.locale, policy, date), entry.published, set: "version\u{0}" + day) {
                    alternates(policy: policy, date: date) { SitePaths.version($0, policy, date) }
                }
                if entry.previous != nil {
                    add(SitePaths.changes(timeline.locale, policy, date), entry.published, set: "changes\u{0}" + day) {
                        alternates(policy: policy, date: date, requiresPrevious: true) { SitePaths.changes($0, policy, date) }
                    }
                }
            }
            add(SitePaths.history(timeline.locale, policy), latestPublished([timeline]), set: "history\u{0}" + policy) {
                alternates(policy: policy) { SitePaths.history($0, policy) }
            }
        }
        let homes = source.config.locales.map { (locale: $0, directory: SitePaths.localeHome($0)) }
        for locale in source.config.locales {
            add(SitePaths.localeHome(locale), latestPublished(timelines.filter { $0.locale == locale }), set: "home") { homes }
        }
        // The root shows the default locale's home and is the x-default of every locale home.
        add("", latestPublished(timelines), set: "home") { homes }
        return urls
    }
}
