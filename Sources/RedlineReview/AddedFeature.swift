import RedlineParse

/// The mirror of `RemovedFeature`: a section that is new in the new version, whose heading names
/// something the old version never mentions ("Tiles", "Voice features"), and in which the
/// company collects data describes collection by a new feature or integration
/// (`collection.new-feature`), even when each data category was already collected elsewhere:
/// the feature is a new occasion of collection the old version did not describe. A heading about
/// an audience, children, rights or choices names no feature; a section whose sentences the old
/// version already had (moved, renamed) has none of its collection sentences new. Only one such
/// section per version counts: several at once are a rewrite of the policy's structure.
struct AddedFeature {
    let index: LexiconIndex
    let evidence: Evidence

    func candidates(new facts: FactSet) -> [Candidate] {
        var oldWords: Set<String>?
        let products = ProductSubjects(index: index, title: evidence.new.title)
        var result: [Candidate] = []
        var done: Set<String> = []
        for fact in facts["collect"] where !done.contains(fact.sentence.section) {
            let slug = fact.sentence.section
            done.insert(slug)
            guard !evidence.hasOldCounterpart(newSection: slug), let section = evidence.new.section(slug), !section.heading.isEmpty else { continue }
            let heading = index.tokens(section.heading)
            // A heading naming a data category ("Geolocation data") or a kind of text ("Legal basis",
            // "Definitions") names no feature.
            guard !index.audiences.contains(heading), !index.children.contains(heading), !index.rightCues.contains(heading),
                  !index.choices.contains(heading), !index.jurisdictions.contains(heading), !index.data.contains(heading),
                  !index.retentionCues.contains(heading), !index.featureHeadingExclusions.contains(heading),
                  // "Information we do not collect" lists what the service stays away from.
                  !index.negation.contains(heading) else { continue }
            if oldWords == nil { oldWords = evidence.words(inOld: true, index: index) }
            let generic = Set(index.lexicon.linkOutGenericWords ?? [])
            let named = heading.filter { $0.count > 3 && !generic.contains($0) && $0.allSatisfy(\.isLetter) }
            guard named.contains(where: { !(oldWords ?? []).contains($0) }) else { continue }
            // The collection sentence itself is new: no sentence of the old version is a version of it.
            // It names a category (not just "your information": a processor or transfer section
            // "processes your personal data") and the company collects it, not the user's own device
            // ("tokens are stored within the application sandbox").
            let fresh = facts["collect"].filter { fact in
                fact.sentence.section == slug && fact.value != RuleEngine.unnamedData
                    && (index.firstParty.contains(index.tokens(fact.sentence.text)) || products.isSubject(of: fact.sentence))
                    && evidence.counterpartInOld(fact.sentence) == nil
            }
            guard let first = fresh.first else { continue }
            var shown = first
            shown.term = section.heading
            result.append(Candidate(rule: "collection.new-feature", severity: .material, direction: .reduction, old: nil, new: shown))
        }
        // A rewrite that adds several such sections reorganises the policy; a new feature adds one.
        return result.count == 1 ? result : []
    }
}
