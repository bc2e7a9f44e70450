import RedlineParse

/// The links between the locales' copies of a page: `hreflang` alternates and the language switcher.
extension SiteRenderer {
    /// The links of the pages named `set` at depth `root`, made once and shared by every page
    /// of the set (a lock-protected memo: units render on every core).
    func linkSet(_ set: String?, root: String, alternates: () -> [(locale: String, directory: String)]) -> PageLinkSet {
        func make() -> PageLinkSet {
            let alternates = alternates()
            // The same set the sitemap lists (x-default included, the root for the locale homes).
            let links = hreflangLinks(alternates)
            var directories: [String: String] = [:]  // a lookup per locale, not a search: 40 × 40 otherwise
            for alternate in alternates { directories[alternate.locale] = alternate.directory }
            let languages = switcherLocales.map { other in
                PageLinks.Language(code: other.code, name: other.name, href: root + (directories[other.code] ?? SitePaths.localeHome(other.code)),
                                   isCurrent: false, dir: other.dir)
            }
            return PageLinkSet(links: links, languages: languages)
        }
        guard let set else { return make() }
        return linkSets.value(for: root + "\u{0}" + set, orMake: make)
    }

    /// The locales that have this page, for `hreflang` and the language switcher.
    func alternates(policy: String, date: PolicyDate? = nil, requiresPrevious: Bool = false,
                    directory: (String) -> String) -> [(locale: String, directory: String)] {
        (policyLocales[policy] ?? []).compactMap { slot in
            if let date {
                guard let position = slot.entries[date] else { return nil }
                let entry = timelines[slot.timeline].entries[position]
                if requiresPrevious, entry.previous == nil { return nil }
            }
            return (slot.locale, directory(slot.locale))
        }
    }
}
