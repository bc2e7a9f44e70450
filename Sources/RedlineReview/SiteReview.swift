import RedlineDiff
import RedlineParse

/// Every version of every policy in every locale, each with its diff and review against the
/// version before it in the same locale. The renderer and `redline check` share it, so a site is
/// diffed and reviewed once.
public struct SiteReview: Sendable, Equatable {
    /// One version and what changed since the previous version of the same policy and locale.
    public struct Entry: Sendable, Equatable {
        public var version: PolicyVersion
        /// Nil for the first version.
        public var previous: PolicyVersion?
        /// Nil for the first version.
        public var diff: PolicyDiff?
        /// Empty for the first version, and for locales without a lexicon.
        public var review: Review

        public init(version: PolicyVersion, previous: PolicyVersion?, diff: PolicyDiff?, review: Review) {
            self.version = version
            self.previous = previous
            self.diff = diff
            self.review = review
        }
    }

    /// The versions of one policy in one locale, oldest first.
    public struct Timeline: Sendable, Equatable {
        public var policy: String
        public var locale: String
        public var entries: [Entry]
    }

    /// Sorted by policy, then locale.
    public var timelines: [Timeline]

    /// Diffs and reviews every consecutive pair; `locales` limits the work (nil = every locale).
    public init(source: SiteSource, locales: Set<String>? = nil) {
        var groups: [String: [PolicyVersion]] = [:]
        for version in source.versions where locales?.contains(version.locale) ?? true {
            groups["\(version.policy)\u{0}\(version.locale)", default: []].append(version)
        }
        timelines = groups.keys.sorted().compactMap { key in
            guard let versions = groups[key]?.sorted(by: { $0.date < $1.date }), let first = versions.first else { return nil }
            var entries: [Entry] = []
            for (offset, version) in versions.enumerated() {
                guard offset > 0 else {
                    entries.append(Entry(version: version, previous: nil, diff: nil, review: Review()))
                    continue
                }
                let previous = versions[offset - 1]
                let diff = Differ.diff(previous.document, version.document)
                let review = Reviewer.review(old: previous.document, new: version.document, diff: diff, locale: version.locale)
                entries.append(Entry(version: version, previous: previous, diff: diff, review: review))
            }
            return Timeline(policy: first.policy, locale: first.locale, entries: entries)
        }
    }

    /// The timeline of `policy` in `locale`, if it has versions there.
    public func timeline(policy: String, locale: String) -> Timeline? {
        timelines.first { $0.policy == policy && $0.locale == locale }
    }

    /// The entry for one version file.
    public func entry(policy: String, locale: String, date: PolicyDate) -> Entry? {
        timeline(policy: policy, locale: locale)?.entries.first { $0.version.date == date }
    }
}
