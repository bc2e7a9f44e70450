import RedlineParse

/// Round 15's comparison (issue 4): a data-minimisation promise dropped.
extension RuleEngine {
    /// "We will always collect the minimum amount of information necessary" → "we collect the
    /// information necessary": a limit on all collection (`SentenceFacts.readMinimisation`) that the
    /// diff changed and that the new version states nowhere is lifted, as a deleted "we do not
    /// collect" is (domain.md §B.4 `collection.prohibition-lifted`). A promise restated in other words
    /// or moved to another section keeps the document's set (§B.6.1, §B.6.2). The reverse — a
    /// minimisation promise newly made — is an expansion.
    func minimisationDropped(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for (from, to, direction) in [(old, new, Finding.Direction.reduction), (new, old, .expansion)] {
            let changedFrom = direction == .reduction ? changed.old : changed.new
            guard to["minimisation"].isEmpty, let before = from["minimisation"].first(where: { changedFrom.contains($0.sentence) }) else { continue }
            let reduction = direction == .reduction
            result.append(Candidate(rule: "collection.prohibition-lifted", severity: reduction ? .material : .minor, direction: direction,
                                    old: reduction ? before : nil, new: reduction ? nil : before,
                                    term: reduction ? "collection limited to what is needed → no such limit" : "no stated limit → collection limited to what is needed"))
        }
        return result
    }
}
