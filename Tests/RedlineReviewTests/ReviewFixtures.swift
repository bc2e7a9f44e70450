import RedlineDiff
import RedlineParse
import Testing
@testable import RedlineReview

/// Builds documents from Markdown and reviews the change, with and without the diff's pairs.
enum ReviewFixtures {
    static func document(_ markdown: String) -> Document { DocumentParser.parse(markdown).document }

    static func review(_ old: String, _ new: String, useDiff: Bool = true) -> Review {
        let before = document(old)
        let after = document(new)
        let diff = useDiff ? Differ.diff(before, after) : PolicyDiff(sections: [])
        return Reviewer.review(old: before, new: after, diff: diff)
    }

    static func rules(_ old: String, _ new: String, useDiff: Bool = true) -> Set<String> {
        Set(review(old, new, useDiff: useDiff).findings.map(\.rule))
    }
}

/// A rule with a change that must fire it and a trap that must not.
struct RuleCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var old: String
    var new: String
    var trapOld: String
    var trapNew: String
    var testDescription: String { rule }
}
