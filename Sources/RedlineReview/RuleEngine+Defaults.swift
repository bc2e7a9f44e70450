import RedlineParse

/// Round 6's comparisons (issue 4): a setting switched from off to on by default.
extension RuleEngine {
    /// Something the old version said was off by default now stands in a sentence saying "on by
    /// default" (Beta moved from "turned off by default" to "turned on by default in Nightly,
    /// Aurora and Beta"): opt-in became opt-out (`choice-opt-out.opt-in-to-opt-out`). A word
    /// counts when an old off-by-default sentence named it, a new on-by-default sentence names it,
    /// no old on-by-default sentence named it and no new off-by-default sentence still does — so
    /// a reworded or moved default, or examples added to one, is no change. The reverse is an expansion.
    func defaultsSwitched(old: FactSet, new: FactSet) -> [Candidate] {
        let stop = Set(index.lexicon.cueLists?["defaultStopWords"] ?? [])
        let words = { (facts: [Fact]) -> Set<String> in
            facts.reduce(into: Set<String>()) { set, fact in
                set.formUnion(TextTokens(fact.sentence.text, contractions: index.lexicon.contractions).tokens.filter {
                    $0.count >= 3 && !stop.contains($0) && $0 != TextTokens.boundary
                })
            }
        }
        var result: [Candidate] = []
        for (from, to, direction) in [(old, new, Finding.Direction.reduction), (new, old, .expansion)] {
            let switched = words(from["default-off"]).intersection(words(to["default-on"]))
                .subtracting(words(from["default-on"])).subtracting(words(to["default-off"]))
            guard let term = switched.sorted().first else { continue }
            let contains = { (fact: Fact) in TextTokens(fact.sentence.text, contractions: index.lexicon.contractions).tokens.contains(term) }
            let changedTo = direction == .reduction ? changed.new : changed.old
            let onFacts = to["default-on"].filter(contains)
            guard let on = onFacts.first(where: { changedTo.contains($0.sentence) }) ?? onFacts.first,
                  let off = from["default-off"].first(where: contains) else { continue }
            let reduction = direction == .reduction
            result.append(Candidate(rule: "choice-opt-out.opt-in-to-opt-out", severity: reduction ? .material : .minor,
                                    direction: direction, old: reduction ? off : on, new: reduction ? on : off,
                                    term: "off by default → on by default: \(term)"))
        }
        return result
    }

    /// A data category now collected about a group the old version already collected from (job
    /// applicants' VPN usage) that no old statement about that group covered: what is collected
    /// about them grew (`collection.new-category`). A new group is the `subject` set rule's.
    func subjectData(old: FactSet, new: FactSet) -> [Candidate] {
        let split = { (fact: Fact) -> (String, String) in
            let parts = fact.value.split(separator: SentenceFacts.flowSeparator, maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        }
        let before = old["subject-data"].map(split)
        var seen: Set<String> = []
        var result: [Candidate] = []
        for fact in new["subject-data"] where changed.new.contains(fact.sentence) && !seen.contains(fact.value) {
            let (subject, data) = split(fact)
            guard old["subject"].contains(where: { $0.value == subject }) else { continue }
            let covered = before.contains { $0.0 == subject && index.covers($0.1, data) }
            guard !covered else { continue }
            seen.insert(fact.value)
            result.append(Candidate(rule: "collection.new-category", severity: .material, direction: .reduction, old: nil, new: fact))
        }
        return result
    }

    /// "Mozilla does not receive any financial information" → "Except for payments made by check,
    /// Mozilla does not receive any financial information": the aligned old sentence made the same
    /// commitment (no collection, no sharing of the same or broader data) without any exception
    /// ("except", "unless", "other than"), so the promise now has a hole. A new sentence that comes
    /// with its own exception is a new statement, not a weakened one; an exception reworded is none.
    func exceptionsCut(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for (kind, commitment, rule) in [("collect-exception", "no-collect", "collection.prohibition-lifted"),
                                         ("share-exception", "no-share", "sharing.prohibition-lifted")] {
            for fact in new[kind] where changed.new.contains(fact.sentence) {
                guard let before = counterpartInOld(fact.sentence),
                      let promise = old[commitment].first(where: { $0.sentence == before && index.covers($0.value, fact.value) }),
                      !old[kind].contains(where: { $0.sentence == before }) else { continue }
                result.append(Candidate(rule: rule, severity: .material, direction: .reduction, old: promise, new: fact,
                                        term: "an exception was added"))
                break
            }
        }
        return result
    }
}
