import RedlineParse

/// Output for machines: feeds, JSON-LD, sitemap, per-version JSON (issue 6).
extension SiteRenderer {
    /// The per-version JSON of one timeline (rendered with its pages, which need the same diffs).
    func versionJSONFiles(_ timeline: PolicyTimeline) -> [OutputFile] {
        timeline.entries.map { entry in
            OutputFile(path: MachinePaths.versionJSON(timeline.locale, timeline.policy, entry.version.date),
                       bytes: versionDocument(entry, timeline: timeline).jsonBytes())
        }
    }

    /// JSON-LD for a version page or the current page (already safe to embed in `<script>`).
    func versionJSONLD(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline, directory: String, isCurrentPage: Bool) -> String? {
        let document = ids.document(timeline.locale, timeline.policy, entry.version.date)
        let name = "\(entry.version.frontMatter.title) · \(dates(timeline.locale).long(entry.version.date))"
        var nodes = [webPageNode(directory: directory, name: name, locale: timeline.locale, modified: entry.published, mainEntity: document),
                     documentNode(entry, timeline: timeline)]
        if let successor = successorNode(entry, timeline: timeline) { nodes.append(successor) }
        return jsonLD(work: timeline.workJSON ?? workJSON(timeline), nodes)
    }

    /// JSON-LD for a changes page: the page's main entity is the replacement of one version by the next.
    func changesJSONLD(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline, directory: String) -> String? {
        let version = entry.version
        guard let previous = entry.previous else { return nil }
        let (locale, policy) = (version.locale, version.policy)
        let changeID = ids.change(locale, policy, version.date)
        let name = strings(locale).format("changes_title", ["date": dates(locale).long(version.date)])
        var page = webPageNode(directory: directory, name: "\(version.frontMatter.title) · \(name)", locale: locale,
                               modified: entry.published, mainEntity: changeID)
        page.set("about", .ref(ids.document(locale, policy, version.date)))
        var action: JSONValue = [
            "@type": "ReplaceAction", "@id": .string(changeID),
            "replacee": .ref(ids.document(locale, policy, previous.date)),
            "replacer": .ref(ids.document(locale, policy, version.date)),
            "object": .ref(ids.work(policy)),
            "startTime": .string(version.date.description),
            "agent": .ref(ids.organization),
        ]
        action.set("description", PlainText.of(markdown: version.frontMatter.summary).map(JSONValue.string))
        return jsonLD(work: timeline.workJSON ?? workJSON(timeline), [page, action])
    }

    /// JSON-LD for a locale's home page (or the site root): the current policies.
    func homeJSONLD(locale: String, directory: String) -> String {
        let mine = timelines.filter { $0.locale == locale }
        let parts = mine.compactMap { timeline in timeline.current.map { ids.document(locale, timeline.policy, $0.version.date) } }
        let page = webPageNode(type: "CollectionPage", directory: directory, name: source.config.title, locale: locale,
                               modified: latestPublished(mine), hasPart: parts)
        return jsonLD([page])
    }

    /// JSON-LD for a history page: the policy and every version of it in this locale.
    func historyJSONLD(_ timeline: PolicyTimeline, directory: String) -> String {
        let name = "\(timeline.current?.version.frontMatter.title ?? timeline.policy) · \(strings(timeline.locale)["version_history"])"
        let page = webPageNode(type: "CollectionPage", directory: directory, name: name, locale: timeline.locale,
                               modified: latestPublished([timeline]), mainEntity: ids.work(timeline.policy),
                               hasPart: timeline.entries.map { ids.document(timeline.locale, timeline.policy, $0.version.date) })
        return jsonLD(work: timeline.workJSON ?? workJSON(timeline), [page])
    }

    /// JSON-LD for the 404 page, which has no URL of its own.
    func notFoundJSONLD() -> String {
        let locale = source.config.defaultLocale
        let page: JSONValue = ["@type": "WebPage", "name": .string(strings(locale)["not_found_title"]), "inLanguage": .string(locale),
                               "isPartOf": .ref(ids.website), "dateModified": .string(latestPublished(timelines).description)]
        return jsonLD([page])
    }

    /// The newest day any of these versions was published by the build date (the earliest
    /// version when none was), so pages that list versions never carry the build time.
    func latestPublished(_ timelines: [PolicyTimeline]) -> PolicyDate {
        let all = timelines.flatMap(\.entries)
        return all.map(\.published).filter { $0 <= buildDate }.max() ?? all.map(\.published).min() ?? buildDate
    }
}
