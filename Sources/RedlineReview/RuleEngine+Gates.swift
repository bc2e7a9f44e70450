import RedlineParse

/// Round 13's comparisons (issue 4): a flow no longer gated on the user turning a feature on, and
/// a deletion deadline that now bounds only when deletion starts.
extension RuleEngine {
    func gates(old: FactSet, new: FactSet) -> [Candidate] {
        gatesDropped(old: old, new: new) + deletionDeadlinesWeakened(old: old, new: new)
    }

    /// "If you choose to enable Smarter Suggestions, Firefox shares …: Mozilla may share location
    /// information with our partners" → the same item under a heading with no such condition: a
    /// flow (`recipient|data`) the old version stated only under an opt-in gate
    /// (`SentenceFacts.readGatedFlows`) is now stated in a changed sentence with none — no opt-in
    /// cue, no consent and no condition on the user ("if you", "when you") in the sentence or its
    /// lead-in — so what was off until the user turned it on is now on for everyone (OPP-115's
    /// choice ladder, `choice-opt-out.opt-in-to-opt-out`). The old version must not also have stated
    /// the same flow ungated. The reverse (a flow put behind a gate) is an expansion.
    func gatesDropped(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for (from, to, direction) in [(old, new, Finding.Direction.reduction), (new, old, .expansion)] {
            let changedTo = direction == .reduction ? changed.new : changed.old
            var seen: Set<String> = []
            for fact in to["flow"] where changedTo.contains(fact.sentence) && !seen.contains(fact.value) {
                guard let gated = from["gated-flow"].first(where: { $0.value == fact.value }),
                      !ungated(fact.value, in: from), !conditioned(fact.sentence), !to["gated-flow"].contains(where: { $0.sentence == fact.sentence })
                else { continue }
                seen.insert(fact.value)
                let reduction = direction == .reduction
                var shown = fact
                shown.term = "\(fact.term) → \(fact.value.split(separator: SentenceFacts.flowSeparator).first.map(String.init) ?? "")"
                result.append(Candidate(rule: "choice-opt-out.opt-in-to-opt-out", severity: reduction ? .material : .minor, direction: direction,
                                        old: reduction ? gated : shown, new: reduction ? shown : gated,
                                        term: "shared once you turn a feature on → shared without that step: \(shown.term)"))
            }
        }
        return result
    }

    /// Whether `facts` state the flow `value` in a sentence that does not gate it.
    private func ungated(_ value: String, in facts: FactSet) -> Bool {
        let gatedSentences = Set(facts["gated-flow"].filter { $0.value == value }.map(\.sentence))
        return facts["flow"].contains { $0.value == value && !gatedSentences.contains($0.sentence) }
    }

    /// Whether a sentence, read with its lead-in, makes what it says depend on the user: consent
    /// ("with your permission"), the user's direction, or a condition whose subject is the user
    /// ("when you use Firefox Suggest"): sharing that follows the user's own use is no default.
    private func conditioned(_ sentence: Sentence) -> Bool {
        let tokens = index.tokens([sentence.leadIn, sentence.text].compactMap { $0 }.joined(separator: " "))
        for key in ["consent", "directed", "optOut"] where index.restrictors[key]?.contains(tokens) ?? false { return true }
        return tokens.indices.dropLast().contains { index.conditionals.contains([tokens[$0]]) && index.user.contains([tokens[$0 + 1]]) }
    }

    /// "It may take up to 90 days for our purge script to complete deletion" → "our purge script
    /// commences the deletion process within 90 days": the aligned sentence keeps its period but
    /// now bounds only the start of deletion (`SentenceFacts.readDeletionStart`), so data may be kept
    /// longer with no stated end (domain.md §B.4 `retention.deletion-weakened`: a deletion
    /// commitment weakened). A start turned into a completion is an expansion.
    func deletionDeadlinesWeakened(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for after in new["deletion-start"] + new["deletion-deadline"] where changed.new.contains(after.sentence) {
            guard let before = counterpartInOld(after.sentence) else { continue }
            let beforeKind = old["deletion-start"].contains { $0.sentence == before } ? "deletion-start"
                : old["deletion-deadline"].contains { $0.sentence == before } ? "deletion-deadline" : nil
            guard let beforeKind, beforeKind != after.kind, let was = old[beforeKind].first(where: { $0.sentence == before }) else { continue }
            let reduction = after.kind == "deletion-start"
            result.append(Candidate(rule: "retention.deletion-weakened", severity: reduction ? .material : .minor,
                                    direction: reduction ? .reduction : .expansion, old: was, new: after,
                                    term: reduction ? "deletion completed within the period → only begun within it"
                                                    : "deletion begun within the period → completed within it"))
        }
        return result
    }
}
