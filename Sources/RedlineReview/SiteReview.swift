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
    /// Timelines run on every core (`PairComparison`: each version prepared once); results keep the timelines' order.
    public init(source: SiteSource, locales: Set<String>? = nil) {
        self.init(source: source, locales: locales, all: { pairs in
            PairComparison.run(pairs.map { ($0.old, $0.new) }).map { (Optional($0.diff), $0.review) }
        })
    }

    /// Like `init(source:locales:)`, with `compare` producing each pair's diff and review (the
    /// incremental build passes one that reuses cached reviews and skips diffs no page needs).
    public init(source: SiteSource, locales: Set<String>? = nil,
                compare: @Sendable (_ old: PolicyVersion, _ new: PolicyVersion) -> (PolicyDiff?, Review)) {
        self.init(source: source, locales: locales, all: { pairs in pairs.concurrentMap { pair in compare(pair.old, pair.new) } })
    }

    /// `all` gives the diff and review of every pair, in order.
    init(source: SiteSource, locales: Set<String>?, all: ([Pair]) -> [(PolicyDiff?, Review)]) {
        var groups: [String: [PolicyVersion]] = [:]
        for version in source.versions where locales?.contains(version.locale) ?? true {
            groups["\(version.policy)\u{0}\(version.locale)", default: []].append(version)
        }
        let ordered: [[PolicyVersion]] = groups.keys.sorted().compactMap { key in
            guard let versions = groups[key]?.sorted(by: { $0.date < $1.date }), !versions.isEmpty else { return nil }
            return versions
        }
        let pairs: [Pair] = ordered.flatMap { versions in zip(versions, versions.dropFirst()).map { Pair(old: $0, new: $1) } }
        let results = all(pairs)
        var next = 0  // `pairs` was built in the same order as the loop below walks the timelines
        timelines = ordered.map { versions in
            var entries = [Entry(version: versions[0], previous: nil, diff: nil, review: Review())]
            for (previous, version) in zip(versions, versions.dropFirst()) {
                let (diff, review) = results[next]
                next += 1
                entries.append(Entry(version: version, previous: previous, diff: diff, review: review))
            }
            return Timeline(policy: versions[0].policy, locale: versions[0].locale, entries: entries)
        }
    }

    struct Pair: Sendable {
        var old: PolicyVersion
        var new: PolicyVersion
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
