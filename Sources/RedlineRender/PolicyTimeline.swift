import RedlineDiff
import RedlineParse
import RedlineReview

/// One policy in one locale: its versions in date order, each with its change from the previous
/// one, and where each stands relative to the build date.
public struct PolicyTimeline: Sendable {
    public enum Status: String, Sendable { case archived, current, upcoming }

    public struct Entry: Sendable {
        public var version: PolicyVersion
        public var status: Status
        /// The change from the previous version of this locale (nil for the first version).
        public var diff: PolicyDiff?
        /// Findings of the canonical locale for this date (the rights review runs on it).
        public var review: Review?
        public var previous: PolicyVersion?
        public var next: PolicyVersion?
    }

    public var policy: String
    public var locale: String
    public var entries: [Entry]
    /// The policy's JSON-LD work node in this locale (`SiteRenderer.workJSON`), encoded once
    /// when the timeline's pages are rendered: each of them has it in its graph.
    var workJSON: String?

    /// The version in effect on the build date (or the first, when all are upcoming).
    public var current: Entry? { entries.last { $0.status == .current } ?? entries.first }

    /// Builds every timeline of the site from the site review (each pair diffed and reviewed
    /// once); every locale shows the canonical locale's findings for the same date.
    public static func all(_ source: SiteSource, review: SiteReview, buildDate: PolicyDate) -> [PolicyTimeline] {
        var timelines: [PolicyTimeline] = []
        for policy in source.policies {
            let canonical = review.timeline(policy: policy, locale: source.config.canonicalLocale)
            for locale in source.config.locales {
                guard let reviewed = review.timeline(policy: policy, locale: locale), !reviewed.entries.isEmpty else { continue }
                let list = reviewed.entries
                let currentIndex = list.lastIndex { $0.version.date <= buildDate }
                let entries = list.enumerated().map { index, reviewedEntry in
                    let date = reviewedEntry.version.date
                    let status: Status = date > buildDate ? .upcoming : (index == currentIndex ? .current : .archived)
                    let canonicalReview = canonical?.entries.first { $0.version.date == date && $0.previous != nil }?.review
                    return Entry(version: reviewedEntry.version, status: status, diff: reviewedEntry.diff,
                                 review: reviewedEntry.previous == nil ? nil : canonicalReview,
                                 previous: reviewedEntry.previous, next: index + 1 < list.count ? list[index + 1].version : nil)
                }
                timelines.append(PolicyTimeline(policy: policy, locale: locale, entries: entries))
            }
        }
        return timelines
    }

}
