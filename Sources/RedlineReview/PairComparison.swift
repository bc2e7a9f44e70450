import RedlineDiff
import RedlineParse

/// The diff and review of many pairs of versions, each version prepared once (`DiffInput`,
/// `ReviewInput`): pairs that continue one another (one pair's new version is the next one's
/// old) form a chain walked in order, each version reusing its predecessor's normalised text;
/// chains run on every core. The results are those of `Differ.diff` and `Reviewer.review` on
/// each pair alone, in the order of `pairs`.
public enum PairComparison {
    public static func run(_ pairs: [(old: PolicyVersion, new: PolicyVersion)]) -> [(diff: PolicyDiff, review: Review)] {
        var chains: [[PolicyVersion]] = []
        for (index, pair) in pairs.enumerated() {
            if index > 0, pairs[index - 1].new == pair.old {
                chains[chains.count - 1].append(pair.new)
            } else {
                chains.append([pair.old, pair.new])
            }
        }
        return chains.concurrentMap(chain).flatMap { $0 }
    }

    /// Diff and review of each consecutive pair of `versions`.
    @Sendable public static func chain(_ versions: [PolicyVersion]) -> [(diff: PolicyDiff, review: Review)] {
        guard let first = versions.first else { return [] }
        var results: [(diff: PolicyDiff, review: Review)] = []
        results.reserveCapacity(versions.count - 1)
        var previous = Prepared(first.document, locale: first.locale)
        for version in versions.dropFirst() {
            let prepared = Prepared(version.document, locale: version.locale, reusing: previous)
            results.append(compare(previous, prepared))
            previous = prepared
        }
        return results
    }

    /// One version prepared for both stages.
    public struct Prepared: Sendable {
        public let diff: DiffInput
        public let review: ReviewInput

        public init(_ document: Document, locale: String, reusing previous: Prepared? = nil) {
            diff = DiffInput(document, reusing: previous?.diff)
            review = ReviewInput(document, locale: locale, reusing: previous?.review)
        }
    }

    /// The diff and review of two prepared versions (in the new one's locale).
    public static func compare(_ old: Prepared, _ new: Prepared) -> (diff: PolicyDiff, review: Review) {
        let diff = Differ.diff(old.diff, new.diff)
        return (diff, Reviewer.review(old: old.review, new: new.review, diff: diff))
    }
}
