import RedlineDiff
import RedlineParse

/// Reads a change for material reductions of users' rights (the rule catalogue).
public enum Reviewer {
    /// Reviews the change from `old` to `new`; `diff` supplies the quoted evidence.
    /// Runs the rules of `locale` when a lexicon exists for it, and none otherwise.
    public static func review(old: Document, new: Document, diff: PolicyDiff, locale: String = "en") -> Review {
        Review()  // The rule engine replaces this (issue 4).
    }
}
