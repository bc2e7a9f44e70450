import RedlineDiff
import RedlineParse
import RedlineReview

/// Renders the whole site in memory: for every policy and locale the current page, every
/// version, the history and the changes pages, plus the home pages, 404 and assets.
/// Pure: the same source and build date always give the same files, in path order.
public struct SiteRenderer: Sendable {
    public let source: SiteSource
    public let buildDate: PolicyDate
    let templates: TemplateSet
    let paths: SitePaths
    let timelines: [PolicyTimeline]
    /// "policy\0locale" → position in `timelines` and each entry's position by date: every page
    /// looks up its alternates in every locale, which a linear search made quadratic.
    let timelineIndex: [String: (timeline: Int, entries: [PolicyDate: Int])]
    /// Each locale of the site, in order, with its name and text direction: every page's
    /// language switcher lists them all, and looking each up again was 40 × 2 lookups a page.
    let switcherLocales: [(code: String, name: String, dir: String)]

    public init(source: SiteSource, buildDate: PolicyDate) throws(ContentError) {
        try self.init(source: source, buildDate: buildDate, review: SiteReview(source: source))
    }

    /// Renders from a site review already made (the incremental build makes its own).
    public init(source: SiteSource, buildDate: PolicyDate, review: SiteReview) throws(ContentError) {
        self.source = source
        self.buildDate = buildDate
        self.templates = try TemplateSet(theme: source.theme)
        self.paths = SitePaths(baseURL: source.config.baseURL)
        self.timelines = PolicyTimeline.all(source, review: review, buildDate: buildDate)
        var index: [String: (timeline: Int, entries: [PolicyDate: Int])] = [:]
        for (position, timeline) in timelines.enumerated() {
            var entries: [PolicyDate: Int] = [:]
            for (entryPosition, entry) in timeline.entries.enumerated() { entries[entry.version.date] = entryPosition }
            index["\(timeline.policy)\u{0}\(timeline.locale)"] = (position, entries)
        }
        self.timelineIndex = index
        self.switcherLocales = source.config.locales.map { locale in
            (locale, Self.strings(locale, of: source)["language"], LocaleTag.isRightToLeft(locale) ? "rtl" : "ltr")
        }
    }

    /// Every file of the site, sorted by path.
    public func render() -> [OutputFile] {
        (renderTimelines { _, _ in true }.flatMap(\.files) + renderSharedFiles()).sorted { $0.path < $1.path }
    }

    /// The pages and per-version JSON of each timeline (policy × locale) that `include` accepts,
    /// rendered on every core, in timeline order. The incremental build re-renders only the
    /// timelines whose inputs changed.
    public func renderTimelines(where include: @Sendable (_ policy: String, _ locale: String) -> Bool)
        -> [(policy: String, locale: String, files: [OutputFile])] {
        let renderer = self
        return timelines.concurrentMap { timeline in
            let files = include(timeline.policy, timeline.locale) ? renderer.renderTimeline(timeline) + renderer.versionJSONFiles(timeline) : []
            return (timeline.policy, timeline.locale, files)
        }
    }

    /// Each policy × locale the site has, in rendering order.
    public var units: [(policy: String, locale: String)] { timelines.map { ($0.policy, $0.locale) } }

    /// The pages and per-version JSON of one policy in one locale, for a renderer made from a
    /// site whose documents were not kept: `documents` (version path → document) and `diffs`
    /// (newer version's path → change) supply what the pages show. The incremental build renders
    /// one unit at a time this way, so memory holds a few dozen documents, not the whole site.
    ///
    /// `concurrently` renders the unit's pages on every core: for a build that re-renders one
    /// unit (a one-file edit), which would otherwise keep a single core busy.
    public func renderTimeline(policy: String, locale: String, documents: [String: Document], diffs: [String: PolicyDiff],
                               concurrently: Bool = false) -> [OutputFile] {
        guard let slot = timelineIndex["\(policy)\u{0}\(locale)"] else { return [] }
        var timeline = timelines[slot.timeline]
        for index in timeline.entries.indices {
            let path = timeline.entries[index].version.path
            if let document = documents[path] { timeline.entries[index].version.document = document }
            if let diff = diffs[path] { timeline.entries[index].diff = diff }
        }
        return renderTimeline(timeline, concurrently: concurrently) + versionJSONFiles(timeline)
    }

    func renderTimeline(_ timeline: PolicyTimeline, concurrently: Bool = false) -> [OutputFile] {
        var files: [OutputFile] = []
        let (policy, locale) = (timeline.policy, timeline.locale)
        if let current = timeline.current {
            let directory = SitePaths.current(locale, policy)
            files.append(page(directory, template: "version", locale: locale,
                              title: current.version.frontMatter.title,
                              alternates: alternates(policy: policy) { SitePaths.current($0, policy) },
                              extra: versionContext(current, timeline: timeline, directory: directory, isCurrentPage: true)))
        }
        let renderer = self
        let pages: @Sendable (PolicyTimeline.Entry) -> [OutputFile] = { renderer.pages(of: $0, in: timeline) }
        files += (concurrently ? timeline.entries.concurrentMap(pages) : timeline.entries.map(pages)).joined()
        let historyDirectory = SitePaths.history(locale, policy)
        files.append(page(historyDirectory, template: "history", locale: locale,
                          title: "\(timeline.current?.version.frontMatter.title ?? policy) · \(strings(locale)["version_history"])",
                          alternates: alternates(policy: policy) { SitePaths.history($0, policy) },
                          extra: historyContext(timeline, directory: historyDirectory)))
        return files
    }

    /// A version's page and, when it has a predecessor, its changes page.
    func pages(of entry: PolicyTimeline.Entry, in timeline: PolicyTimeline) -> [OutputFile] {
        let (policy, locale, date) = (timeline.policy, timeline.locale, entry.version.date)
        let directory = SitePaths.version(locale, policy, date)
        var files = [page(directory, template: "version", locale: locale, title: entry.version.frontMatter.title,
                          alternates: alternates(policy: policy, date: date) { SitePaths.version($0, policy, date) },
                          extra: versionContext(entry, timeline: timeline, directory: directory, isCurrentPage: false))]
        if entry.previous != nil {
            let changesDirectory = SitePaths.changes(locale, policy, date)
            files.append(page(changesDirectory, template: "changes", locale: locale,
                              title: strings(locale).format("changes_title", ["date": LocalizedDates(locale: locale).long(date)]),
                              alternates: alternates(policy: policy, date: date, requiresPrevious: true) { SitePaths.changes($0, policy, date) },
                              extra: changesContext(entry, directory: changesDirectory)))
        }
        return files
    }

    // MARK: - Shared page context

    func strings(_ locale: String) -> UIStrings { Self.strings(locale, of: source) }

    static func strings(_ locale: String, of source: SiteSource) -> UIStrings { UIStrings(source.theme.strings[locale] ?? [:]) }

    /// Renders `template` inside the layout with the context every page shares.
    func page(_ directory: String, template: String, locale: String, title: String, alternates: [(locale: String, directory: String)],
              extra: [String: Any], root rootOverride: String? = nil) -> OutputFile {
        let root = rootOverride ?? SitePaths.root(from: directory)
        // The same set the sitemap lists (x-default included, the root for the locale homes).
        let links = hreflangLinks(alternates)
        var directories: [String: String] = [:]  // a lookup per locale, not a search: 40 × 40 per page otherwise
        for alternate in alternates { directories[alternate.locale] = alternate.directory }
        let languages = switcherLocales.map { other in
            PageLinks.Language(code: other.code, name: other.name, href: root + (directories[other.code] ?? SitePaths.localeHome(other.code)),
                               isCurrent: other.code == locale, dir: other.dir)
        }
        var pageValues: [String: Any] = [
            "lang": locale, "dir": LocaleTag.isRightToLeft(locale) ? "rtl" : "ltr", "title": title,
            "description": (extra["description"] as? String) ?? "\(title) · \(source.config.title)",
            "canonical": paths.absolute(directory), "alternatesHTML": PageLinks.alternatesHTML(links),
        ]
        var context: [String: Any] = [
            "site": ["title": source.config.title, "publisher": source.config.publisher.name, "home": root + SitePaths.localeHome(locale)],
            "root": root,
            "t": strings(locale).table,
            "languagesHTML": PageLinks.languagesHTML(languages),
            "feed": root + "\(locale)/feed.xml",
        ]
        // The lists themselves, for themes that iterate them (the default theme takes the HTML).
        if templates.uses("alternates") {
            pageValues["alternates"] = links.map { ["hreflang": $0.hreflang, "href": $0.href] }
        }
        if templates.uses("languages") {
            context["languages"] = languages.map {
                ["code": $0.code, "name": $0.name, "href": $0.href, "current": $0.isCurrent, "dir": $0.dir] as [String: Any]
            }
        }
        if let jsonLD = extra["jsonld"] as? String { pageValues["jsonld"] = jsonLD }
        context["page"] = pageValues
        for (key, value) in extra { context[key] = value }
        return OutputFile(path: SitePaths.file(for: directory), text: templates.render(template, context))
    }

    /// The locales that have this page, for `hreflang` and the language switcher.
    func alternates(policy: String, date: PolicyDate? = nil, requiresPrevious: Bool = false,
                    directory: (String) -> String) -> [(locale: String, directory: String)] {
        source.config.locales.compactMap { locale in
            guard let slot = timelineIndex["\(policy)\u{0}\(locale)"] else { return nil }
            if let date {
                guard let position = slot.entries[date] else { return nil }
                let entry = timelines[slot.timeline].entries[position]
                if requiresPrevious, entry.previous == nil { return nil }
            }
            return (locale, directory(locale))
        }
    }
}
