/// The links that every locale's copy of one page shares: the version of 1 March in `en`, `de`,
/// … has the same `hreflang` alternates and the same language switcher, apart from which entry
/// is marked current. A 40-locale site made both lists again on each of the 40 pages (about a
/// twentieth of a full build); `SiteRenderer.linkSet` makes them once per set of pages and depth.
final class PageLinkSet: Sendable {
    /// `(hreflang, absolute URL)`, x-default included: `page.alternates`.
    let links: [(hreflang: String, href: String)]
    /// `links` as `<link rel="alternate">` lines: `page.alternatesHTML`.
    let alternatesHTML: String
    /// The switcher's entries in the site's locale order (none marked current), hrefs relative
    /// to the pages' root.
    let languages: [PageLinks.Language]
    /// Each entry's `<li>` line, cut where `aria-current` goes (`PageLinks.languageLine`).
    private let lines: [(head: String, tail: String)]
    private let capacity: Int

    init(links: [(hreflang: String, href: String)], languages: [PageLinks.Language]) {
        self.links = links
        self.alternatesHTML = PageLinks.alternatesHTML(links)
        self.languages = languages
        self.lines = languages.map(PageLinks.languageLine)
        self.capacity = lines.reduce(0) { $0 + $1.head.utf8.count + $1.tail.utf8.count + PageLinks.currentMark.utf8.count }
    }

    /// The switcher's lines with `locale`'s entry marked current: `languagesHTML`, the same text
    /// as `PageLinks.languagesHTML` of the page's own list.
    func languagesHTML(current locale: String) -> String {
        var html = ""
        html.reserveCapacity(capacity)
        for (language, line) in zip(languages, lines) {
            html += line.head
            html += language.code == locale ? PageLinks.currentMark : PageLinks.plainMark
            html += line.tail
        }
        return html
    }
}
