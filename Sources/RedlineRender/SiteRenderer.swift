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
    /// Per policy, the locales that have it, in the site's locale order, each with the same
    /// position and dates as `timelineIndex`: alternates and translations walk these lists
    /// instead of building a key per locale per page.
    let policyLocales: [String: [(locale: String, timeline: Int, entries: [PolicyDate: Int])]]
    /// The JSON-LD nodes every page's graph starts with (the publisher and the website),
    /// encoded once: compact JSON is its nodes' texts joined by commas.
    private(set) var siteNodesJSON = ""
    /// Each set of pages' links (`linkSet`), made by the first page of the set that renders.
    let linkSets = Memo<String, PageLinkSet>()
    /// Each version's translations for the per-version JSON, made by the first locale's file.
    let translationSets = Memo<String, VersionTranslations>()
    /// Each locale of the site, in order, with its name and text direction: every page's
    /// language switcher lists them all, and looking each up again was 40 × 2 lookups a page.
    let switcherLocales: [(code: String, name: String, dir: String)]
    /// What every page of a locale shares (UI strings, their template values, date formats, text
    /// direction), by locale: made once here instead of once or more per page.
    let localeSlots: [String: LocaleSlot]

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
        var byPolicy: [String: [(locale: String, timeline: Int, entries: [PolicyDate: Int])]] = [:]
        for policy in Set(timelines.map(\.policy)) {
            byPolicy[policy] = source.config.locales.compactMap { locale in
                index["\(policy)\u{0}\(locale)"].map { (locale, $0.timeline, $0.entries) }
            }
        }
        self.policyLocales = byPolicy
        var slots: [String: LocaleSlot] = [:]
        for locale in source.config.locales { slots[locale] = LocaleSlot(locale: locale, strings: Self.strings(locale, of: source)) }
        self.localeSlots = slots
        self.switcherLocales = source.config.locales.map { locale in
            let slot = slots[locale] ?? LocaleSlot(locale: locale, strings: Self.strings(locale, of: source))
            return (locale, slot.strings["language"], slot.dir)
        }
        self.siteNodesJSON = [organizationNode(), websiteNode()].map { MachineJSON.encode($0, pretty: false) }.joined(separator: ",")
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

    func renderTimeline(_ unit: PolicyTimeline, concurrently: Bool = false) -> [OutputFile] {
        var shared = unit
        shared.workJSON = workJSON(unit)
        let timeline = shared
        var files: [OutputFile] = []
        let (policy, locale) = (timeline.policy, timeline.locale)
        if let current = timeline.current {
            let directory = SitePaths.current(locale, policy)
            files.append(page(directory, template: "version", locale: locale,
                              title: current.version.frontMatter.title, links: "current\u{0}" + policy,
                              alternates: alternates(policy: policy) { SitePaths.current($0, policy) },
                              extra: versionContext(current, timeline: timeline, directory: directory, isCurrentPage: true)))
        }
        let renderer = self
        let pages: @Sendable (PolicyTimeline.Entry) -> [OutputFile] = { renderer.pages(of: $0, in: timeline) }
        files += (concurrently ? timeline.entries.concurrentMap(pages) : timeline.entries.map(pages)).joined()
        let historyDirectory = SitePaths.history(locale, policy)
        files.append(page(historyDirectory, template: "history", locale: locale,
                          title: "\(timeline.current?.version.frontMatter.title ?? policy) · \(strings(locale)["version_history"])",
                          links: "history\u{0}" + policy,
                          alternates: alternates(policy: policy) { SitePaths.history($0, policy) },
                          extra: historyContext(timeline, directory: historyDirectory)))
        return files
    }

    /// A version's page and, when it has a predecessor, its changes page.
    func pages(of entry: PolicyTimeline.Entry, in timeline: PolicyTimeline) -> [OutputFile] {
        let (policy, locale, date) = (timeline.policy, timeline.locale, entry.version.date)
        let directory = SitePaths.version(locale, policy, date)
        var files = [page(directory, template: "version", locale: locale, title: entry.version.frontMatter.title,
                          links: "version\u{0}\(policy)\u{0}\(date)",
                          alternates: alternates(policy: policy, date: date) { SitePaths.version($0, policy, date) },
                          extra: versionContext(entry, timeline: timeline, directory: directory, isCurrentPage: false))]
        if entry.previous != nil {
            let changesDirectory = SitePaths.changes(locale, policy, date)
            files.append(page(changesDirectory, template: "changes", locale: locale,
                              title: strings(locale).format("changes_title", ["date": dates(locale).long(date)]),
                              links: "changes\u{0}\(policy)\u{0}\(date)",
                              alternates: alternates(policy: policy, date: date, requiresPrevious: true) { SitePaths.changes($0, policy, date) },
                              extra: changesContext(entry, timeline: timeline, directory: changesDirectory)))
        }
        return files
    }

    // MARK: - Shared page context

    func strings(_ locale: String) -> UIStrings { slot(locale).strings }

    /// Dates formatted for `locale`.
    func dates(_ locale: String) -> LocalizedDates { slot(locale).dates }

    /// The locale's shared values; made on the spot for a locale the site does not list.
    func slot(_ locale: String) -> LocaleSlot {
        localeSlots[locale] ?? LocaleSlot(locale: locale, strings: Self.strings(locale, of: source))
    }

    static func strings(_ locale: String, of source: SiteSource) -> UIStrings { UIStrings(source.theme.strings[locale] ?? [:]) }

    /// Renders `template` inside the layout with the context every page shares.
    ///
    /// `links` names the set of pages whose alternates are `alternates` (every locale's copy of
    /// one page: `version\0policy\0date`, …): their links are made once (`linkSet`). Nil makes them here.
    func page(_ directory: String, template: String, locale: String, title: String, links set: String?,
              alternates: @autoclosure () -> [(locale: String, directory: String)],
              extra: [String: Any], root rootOverride: String? = nil) -> OutputFile {
        let root = rootOverride ?? SitePaths.root(from: directory)
        let slot = slot(locale)
        let links = linkSet(set, root: root, alternates: alternates)
        var pageValues: [String: Any] = [
            "lang": locale, "dir": slot.dir, "title": title,
            "description": (extra["description"] as? String) ?? "\(title) · \(source.config.title)",
            "canonical": paths.absolute(directory), "alternatesHTML": links.alternatesHTML,
            "feedsHTML": PageLinks.feedsHTML(root: root, locale: locale, title: slot.strings.table["feed"] ?? ""),
        ]
        var context: [String: Any] = [
            "site": ["title": source.config.title, "publisher": source.config.publisher.name, "home": root + SitePaths.localeHome(locale)],
            "root": root,
            "t": slot.table,
            "languagesHTML": links.languagesHTML(current: locale),
            "feed": root + "\(locale)/feed.xml",
        ]
        // The lists themselves, for themes that iterate them (the default theme takes the HTML).
        if templates.uses("alternates") {
            pageValues["alternates"] = links.links.map { ["hreflang": $0.hreflang, "href": $0.href] }
        }
        if templates.uses("languages") {
            context["languages"] = links.languages.map {
                ["code": $0.code, "name": $0.name, "href": $0.href, "current": $0.code == locale, "dir": $0.dir] as [String: Any]
            }
        }
        if let jsonLD = extra["jsonld"] as? String { pageValues["jsonld"] = jsonLD }
        context["page"] = pageValues
        for (key, value) in extra { context[key] = value }
        return OutputFile(path: SitePaths.file(for: directory), text: templates.render(template, context))
    }
}
