import RedlineParse

extension SiteRenderer {
    /// The files that draw on the whole site: home pages, 404, feeds, `versions.json`, sitemap,
    /// robots.txt, assets.
    public func renderSharedFiles() -> [OutputFile] {
        renderSharedFiles(SharedPart.all(locales: source.config.locales)).flatMap { $0 }
    }

    /// The files of each part, in the order given; the parts are made side by side on every core.
    public func renderSharedFiles(_ parts: [SharedPart]) -> [[OutputFile]] {
        let renderer = self
        return parts.concurrentMap { renderer.render($0) }
    }

    func render(_ part: SharedPart) -> [OutputFile] {
        switch part {
        case let .locale(locale):
            let publisher = (name: source.config.publisher.name, url: source.config.publisher.url)
            let feed = feedModel(locale: locale)
            var files = [renderHome(locale: locale, directory: SitePaths.localeHome(locale)),
                         OutputFile(path: MachinePaths.atomFeed(locale), text: AtomFeed(feed: feed, publisher: publisher, language: locale).render()),
                         OutputFile(path: MachinePaths.jsonFeed(locale), text: JSONFeed(feed: feed, publisher: publisher).render())]
            if locale == source.config.defaultLocale { files.append(renderHome(locale: locale, directory: "")) }
            return files
        case .versionsIndex:
            return [OutputFile(path: MachinePaths.versionsIndex, bytes: versionsIndex().jsonBytes())]
        case .sitemap:
            return Sitemap(urls: sitemapURLs()).files(absolute: paths.absolute)
        case .site:
            var files = [renderNotFound(),
                         OutputFile(path: MachinePaths.robots, text: "User-agent: *\nDisallow:\n\nSitemap: \(paths.absolute(MachinePaths.sitemap))\n")]
            for (name, bytes) in source.theme.assets.sorted(by: { $0.key < $1.key }) {
                files.append(OutputFile(path: "assets/" + name, bytes: bytes))
            }
            return files
        }
    }
}
