import RedlineParse
import RedlineReview

/// One version as a feed item, shared by the Atom and the JSON feed so both say the same thing.
struct FeedEntry: Sendable {
    var id: String
    var policy: String
    var title: String
    var effective: PolicyDate
    var announced: PolicyDate?
    /// Announced, else effective: `published` and `updated` of the entry.
    var published: PolicyDate
    /// The changes page, or the version page for a first version (which has no changes page).
    var alternateURL: String
    /// The version's permanent page.
    var versionURL: String
    var jsonURL: String
    var summaryHTML: String?
    var summaryText: String?
    /// Summary, notice given, material findings and expansions, as HTML.
    var contentHTML: String
    /// The same in plain words.
    var contentText: String
    /// Finding categories, sorted and unique.
    var categories: [String]
    var material: [Finding]
    var expansions: [Finding]
    var acknowledges: [String]
}

/// A locale's feed: its entries newest first and the feed-level facts.
struct FeedModel: Sendable {
    var locale: String
    var id: String
    var title: String
    var homeURL: String
    var atomURL: String
    var jsonURL: String
    var entries: [FeedEntry]

    /// The latest entry's day; an empty feed falls back to the day its id was minted.
    var updated: PolicyDate
}

extension SiteRenderer {
    /// The feed of `locale`: one entry per announced version of every policy, newest first.
    func feedModel(locale: String) -> FeedModel {
        let tags = TagURI(baseURL: source.config.baseURL)
        var entries: [FeedEntry] = []
        for timeline in timelines where timeline.locale == locale {
            for entry in timeline.entries where entry.isAnnounced(by: buildDate) {
                entries.append(feedEntry(entry, timeline: timeline, tags: tags))
            }
        }
        // Newest first; a day with several versions is ordered by effective date, then policy,
        // so the order never depends on dictionary or file-system order.
        entries.sort { ($1.published, $1.effective, $0.policy) < ($0.published, $0.effective, $1.policy) }
        let since = source.versions.map { $0.frontMatter.announced ?? $0.date }.min() ?? buildDate
        return FeedModel(locale: locale, id: tags.feed(locale: locale, since: since),
                         title: "\(source.config.title) · \(strings(locale)["feed"])",
                         homeURL: paths.absolute(SitePaths.localeHome(locale)),
                         atomURL: paths.absolute("\(locale)/feed.xml"), jsonURL: paths.absolute("\(locale)/feed.json"),
                         entries: entries, updated: entries.map(\.published).max() ?? since)
    }

    func feedEntry(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline, tags: TagURI) -> FeedEntry {
        let version = entry.version
        let front = version.frontMatter
        let (locale, policy) = (timeline.locale, timeline.policy)
        let strings = self.strings(locale)
        let long = dates(locale).long(version.date)
        let title = entry.previous == nil
            ? "\(front.title) · \(strings["effective"]) \(long)"
            : "\(front.title) · \(strings.format("changes_title", ["date": long]))"
        let versionURL = paths.absolute(SitePaths.version(locale, policy, version.date))
        let alternate = entry.previous == nil ? versionURL : paths.absolute(SitePaths.changes(locale, policy, version.date))
        let review = entry.review ?? Review()
        let summaryHTML = front.summary.map { DocumentParser.html($0) }
        let content = FeedContent(strings: strings, version: version, material: review.material, expansions: review.expansions,
                                  summaryHTML: summaryHTML, summaryText: PlainText.of(markdown: front.summary))
        return FeedEntry(
            id: tags.entry(locale: locale, policy: policy, effective: version.date, minted: entry.published),
            policy: policy, title: title, effective: version.date, announced: front.announced, published: entry.published,
            alternateURL: alternate, versionURL: versionURL,
            jsonURL: paths.absolute(MachinePaths.versionJSON(locale, policy, version.date)),
            summaryHTML: summaryHTML, summaryText: PlainText.of(markdown: front.summary),
            contentHTML: content.html, contentText: content.text,
            categories: Array(Set((review.material + review.expansions).map(\.category))).sorted(),
            material: review.material, expansions: review.expansions, acknowledges: front.acknowledges)
    }
}
