import RedlineParse

/// Round 5's comparisons (issue 4): reductions the set rules could not see because the recipient,
/// the right or the period stayed while what surrounds it changed.
extension RuleEngine {
    func burdens(old: FactSet, new: FactSet) -> [Candidate] {
        var result = rightBurdens(old: old, new: new)
        result += newDataFlows(old: old, new: new)
        result += retentionClocks(old: old, new: new)
        result += scopeExclusions(old: old, new: new)
        result += defaultsSwitched(old: old, new: new)
        result += subjectData(old: old, new: new)
        result += exceptionsCut(old: old, new: new)
        result += denialsNarrowedToIdentifying(old: old, new: new)
        return result
    }

    /// An identity check before a request is answered (`user-rights.exercise-harder`) or an
    /// exemption from requests (`user-rights.right-conditioned`) that the old version never stated.
    /// A burden that comes with a right the old version did not grant is part of an expansion,
    /// not a reduction (a new California section that grants rights and says how they are verified).
    func rightBurdens(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for (kind, rule) in [("verification", "user-rights.exercise-harder"), ("right-exemption", "user-rights.right-conditioned")] {
            if old[kind].isEmpty, !old["right"].isEmpty, let fact = preferChanged(new[kind], changed.new) {
                let rightsHere = new["right"].filter { $0.sentence.section == fact.sentence.section }
                let grantedBefore = rightsHere.allSatisfy { right in old["right"].contains { index.covers($0.value, right.value) } }
                if grantedBefore {
                    result.append(Candidate(rule: rule, severity: .material, direction: .reduction, old: nil, new: fact))
                }
            }
            if new[kind].isEmpty, !new["right"].isEmpty, let fact = preferChanged(old[kind], changed.old) {
                result.append(Candidate(rule: rule, severity: .minor, direction: .expansion, old: fact, new: nil))
            }
        }
        return result
    }

    /// A recipient the old version already named gets a data category it did not get before
    /// (WP260: what a recipient receives grew). New recipients are `sharing.new-recipient`'s; a
    /// flow of unnamed ("personal") data covers every category, and a narrower example of a
    /// category already shared ("contact information, such as your phone number") is no new flow.
    func newDataFlows(old: FactSet, new: FactSet) -> [Candidate] {
        let split = { (fact: Fact) -> (String, String) in
            let parts = fact.value.split(separator: SentenceFacts.flowSeparator, maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        }
        let oldFlows = old["flow"].map(split)
        var seen: Set<String> = []
        var result: [Candidate] = []
        for fact in new["flow"] where changed.new.contains(fact.sentence) && !seen.contains(fact.value) {
            let (recipient, data) = split(fact)
            guard data != RuleEngine.unnamedData, old["recipient"].contains(where: { index.covers($0.value, recipient) }) else { continue }
            let covered = oldFlows.contains { flow in
                (index.covers(flow.0, recipient) || index.covers(recipient, flow.0))
                    && index.covers(flow.1, data) && !(index.sensitive.contains(data) && !index.sensitive.contains(flow.1))
            }
            guard !covered else { continue }
            seen.insert(fact.value)
            var shown = fact
            shown.term = "\(fact.term) → \(recipient)"
            result.append(Candidate(rule: "sharing.new-data-shared", severity: .material, direction: .reduction, old: nil, new: shown))
        }
        return result
    }

    /// "30 days after submission" → "30 days after review": the aligned sentence counts its
    /// period from a later event of the lexicon's lifecycle order, so data is kept longer
    /// (`retention.period-lengthened`); an earlier event is an expansion. Only sentences the diff
    /// aligns are compared: two sentences about different records say nothing about each other.
    func retentionClocks(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        var seen: Set<Sentence> = []
        for before in old["retention-clock"] where seen.insert(before.sentence).inserted {
            guard let counterpart = counterpartInNew(before.sentence) else { continue }
            let oldClocks = old["retention-clock"].filter { $0.sentence == before.sentence }
            let newClocks = new["retention-clock"].filter { $0.sentence == counterpart }
            guard let after = newClocks.first, !newClocks.contains(where: { clock in oldClocks.contains { $0.value == clock.value } }),
                  let first = oldClocks.first else { continue }
            let later = (after.number ?? 0) > (first.number ?? 0)
            result.append(Candidate(rule: "retention.period-lengthened", severity: later ? .material : .minor,
                                    direction: later ? .reduction : .expansion, old: first, new: after,
                                    term: "counted from “\(first.term)” → “\(after.term)”"))
        }
        return result
    }

    /// "This policy does not cover information about a customer's end users": the policy's
    /// promises reach less than before (`other.scope-narrowed`). An exclusion the old version
    /// already made in other words (most of the words shared) is no change.
    func scopeExclusions(old: FactSet, new: FactSet) -> [Candidate] {
        let words = { (fact: Fact) in TextTokens(fact.sentence.text, contractions: index.lexicon.contractions).wordSet }
        let before = old["scope-exclusion"].map(words)
        for fact in new["scope-exclusion"] where changed.new.contains(fact.sentence) {
            let these = words(fact)
            let restated = before.contains { other in
                let union = other.union(these).count
                return union > 0 && Double(other.intersection(these).count) / Double(union) >= 0.3
            }
            if !restated { return [Candidate(rule: "other.scope-narrowed", severity: .material, direction: .reduction, old: nil, new: fact)] }
        }
        return []
    }

    /// The first fact read from a changed sentence, else the first.
    private func preferChanged(_ facts: [Fact], _ changed: Set<Sentence>) -> Fact? {
        facts.first { changed.contains($0.sentence) } ?? facts.first
    }
}
