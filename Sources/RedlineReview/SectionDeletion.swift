import RedlineDiff
import RedlineParse

/// `other.commitment-section-deleted` (domain.md §B.4 "other"): an old section that carried
/// commitments has no counterpart in the new version, its commitments appear nowhere else, and
/// no other rule already explained what was lost there. The catalogue rates it "medium (review)":
/// a heuristic catch-all, so it informs the reviewer (minor) rather than gating.
struct SectionDeletion {
    /// Fact kinds that are promises to users rather than descriptions of a practice.
    static let commitmentKinds = [
        "no-share", "no-sell", "no-collect", "share-consent", "right", "choice", "signal-honored", "measure",
        "notice-promise", "notice-period", "deletion-commitment", "retention-period", "child-prohibition",
        "child-consent", "transfer-safeguard", "localization", "non-retroactive", "free", "redress",
    ]

    let old: Document
    let new: Document
    let diff: PolicyDiff
    let evidence: Evidence

    /// One candidate per deleted section, quoting its first commitment that has no counterpart.
    /// `explained` holds the old sections where another reduction already fired.
    func candidates(old facts: FactSet, new newFacts: FactSet, index: LexiconIndex, explained: Set<String>) -> [Candidate] {
        var result: [Candidate] = []
        for section in old.sections where isDeleted(section.slug) && !explained.contains(section.slug) {
            // A commitment restated anywhere in the new version (same kind, same or broader node)
            // survived the deletion: the section was reorganised, not dropped.
            let commitments = Self.commitmentKinds.flatMap { facts[$0] }
                .filter { $0.sentence.section == section.slug && evidence.counterpartInNew($0.sentence) == nil }
                .filter { fact in !newFacts[fact.kind].contains { index.covers($0.value, fact.value) } }
                .sorted { $0.sentence.line < $1.sentence.line }
            guard var first = commitments.first else { continue }
            first.term = section.heading
            result.append(Candidate(rule: "other.commitment-section-deleted", severity: .minor, direction: .reduction,
                                    old: first, new: nil))
        }
        return result
    }

    /// The diff says the section was deleted, or (without a diff) no new section has its slug.
    func isDeleted(_ slug: String) -> Bool {
        if let change = diff.sections.first(where: { $0.oldSlug == slug }) { return change.status == .deleted }
        return !new.sections.contains { $0.slug == slug }
    }
}
