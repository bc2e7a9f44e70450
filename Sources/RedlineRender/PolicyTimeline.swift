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

    /// The version in effect on the build date (or the first, when all are upcoming).
    public var current: Entry? { entries.last { $0.status == .current } ?? entries.first }

    /// Builds every timeline of the site: diffs per locale, reviews on the canonical locale.
    public static func all(_ source: SiteSource, buildDate: PolicyDate) -> [PolicyTimeline] {
        var timelines: [PolicyTimeline] = []
        for policy in source.policies {
            let canonical = versions(source, policy, source.config.canonicalLocale)
            var canonicalReviews: [PolicyDate: Review] = [:]
            for (previous, version) in zip(canonical, canonical.dropFirst()) {
                let diff = Differ.diff(previous.document, version.document)
                canonicalReviews[version.date] = Reviewer.review(old: previous.document, new: version.document, diff: diff,
                                                                  locale: source.config.canonicalLocale)
            }
            for locale in source.config.locales {
                let list = versions(source, policy, locale)
                guard !list.isEmpty else { continue }
                let currentIndex = list.lastIndex { $0.date <= buildDate }
                var entries: [Entry] = []
                for (index, version) in list.enumerated() {
                    let previous = index > 0 ? list[index - 1] : nil
                    let status: Status = version.date > buildDate ? .upcoming : (index == currentIndex ? .current : .archived)
                    let diff = previous.map { Differ.diff($0.document, version.document) }
                    entries.append(Entry(version: version, status: status, diff: diff,
                                         review: previous == nil ? nil : canonicalReviews[version.date],
                                         previous: previous, next: index + 1 < list.count ? list[index + 1] : nil))
                }
                timelines.append(PolicyTimeline(policy: policy, locale: locale, entries: entries))
            }
        }
        return timelines
    }

    static func versions(_ source: SiteSource, _ policy: String, _ locale: String) -> [PolicyVersion] {
        source.versions.filter { $0.policy == policy && $0.locale == locale }
    }
}
