import RedlineParse

/// Round 15's comparison (issue 4): a condition put on a right inside one sentence.
extension RuleEngine {
    /// "You may access, update or delete your information" → "You may, subject to applicable law,
    /// access, update or delete your information": a right granted to everyone in the aligned old
    /// sentence with no condition is granted under one now (domain.md §B.4
    /// `user-rights.right-conditioned`). The set rule misses it when another sentence of the old
    /// version already put the same condition on the same right; the aligned pair still shows a
    /// grant that was unconditional. A condition reworded (the old sentence had one) is no change
    /// (§B.6.1); a condition dropped from the aligned sentence is an expansion.
    func rightConditionsAdded(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for (from, to, direction) in [(new, old, Finding.Direction.reduction), (old, new, .expansion)] {
            let changedFrom = direction == .reduction ? changed.new : changed.old
            var seen: Set<String> = []
            for fact in from["right-condition"] where changedFrom.contains(fact.sentence) {
                let parts = fact.value.split(separator: "/", maxSplits: 1).map(String.init)
                guard parts.count == 2, !seen.contains(parts[0]),
                      let other = direction == .reduction ? counterpartInOld(fact.sentence) : counterpartInNew(fact.sentence),
                      let grant = to["right-all"].first(where: { $0.sentence == other && $0.value == parts[0] }),
                      !to["right-condition"].contains(where: { $0.sentence == other })
                else { continue }
                seen.insert(parts[0])
                let reduction = direction == .reduction
                result.append(Candidate(rule: "user-rights.right-conditioned", severity: reduction ? .material : .minor, direction: direction,
                                        old: reduction ? grant : fact, new: reduction ? fact : grant,
                                        term: reduction ? "\(grant.term.isEmpty ? parts[0] : grant.term): \(parts[1])" : "\(parts[1]) dropped"))
            }
        }
        return result
    }
}
