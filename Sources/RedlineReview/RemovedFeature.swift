import RedlineParse

/// A feature removed with its section takes its controls with it: the right to delete uploaded
/// screenshots goes when the screenshot service goes (labels-dev: "removed controls go with a
/// removed practice; this is an expansion"). A lost right, choice, retention limit or safeguard
/// read from such a section is no reduction; `SectionDeletion` still informs (minor) when the
/// section's commitments appear nowhere else.
struct RemovedFeature {
    /// Categories whose lost facts can belong to a feature rather than to the whole service.
    static let categories: Set<Substring> = ["user-rights", "choice-opt-out", "retention", "security"]
    /// Fact kinds that describe a practice of the company, which a feature's section has (or a
    /// collection or sharing verb: "we store the screenshots you upload" names no data category).
    static let practiceKinds = ["collect", "recipient", "purpose", "tracker"]

    let index: LexiconIndex
    let evidence: Evidence

    /// `candidates` without the reductions that only a removed feature's section stated.
    func filter(_ candidates: [Candidate], old facts: FactSet) -> [Candidate] {
        var removed: [String: Bool] = [:]
        var newWords: Set<String>?
        return candidates.filter { candidate in
            if isTransferMechanismPromise(candidate, facts: facts) { return false }
            guard candidate.direction == .reduction, candidate.new == nil, let fact = candidate.old,
                  let category = candidate.rule.split(separator: ".").first, Self.categories.contains(category) else { return true }
            let slug = fact.sentence.section
            if let known = removed[slug] { return !known }
            if newWords == nil { newWords = evidence.words(inOld: false, index: index) }
            let gone = isRemovedFeature(slug, facts: facts, newWords: newWords ?? [])
            removed[slug] = gone
            return !gone
        }
    }

    /// A promise about changes made inside a transfer mechanism's section ("If this practice should
    /// change, we will offer an opt-in" under the Privacy Shield principles), gone with that
    /// section: the mechanism's own obligations went with it (`international-transfer.*` says whether
    /// any safeguard is left); the policy's notice of its own changes did not shrink.
    func isTransferMechanismPromise(_ candidate: Candidate, facts: FactSet) -> Bool {
        guard candidate.direction == .reduction, candidate.rule.hasPrefix("notice-of-changes."), let fact = candidate.old else { return false }
        let slug = fact.sentence.section
        guard evidence.old.section(slug) != nil, evidence.new.section(evidence.newSection(forOld: slug)) == nil else { return false }
        return facts["transfer-safeguard"].contains { $0.sentence.section == slug }
    }

    /// The section has no counterpart in the new version, describes a practice, and its heading
    /// names something the new version never mentions ("Firefox Screenshots"). A heading about an
    /// audience, children or rights ("EEA users", "Your rights") names no feature.
    func isRemovedFeature(_ slug: String, facts: FactSet, newWords: Set<String>) -> Bool {
        guard let section = evidence.old.section(slug), !section.heading.isEmpty,
              evidence.new.section(evidence.newSection(forOld: slug)) == nil else { return false }
        let heading = index.tokens(section.heading)
        guard !index.audiences.contains(heading), !index.children.contains(heading), !index.rightCues.contains(heading),
              !index.choices.contains(heading) else { return false }
        let practice = [index.verbs["collect"], index.verbs["share"]].compactMap { $0 }
        let describesPractice = Self.practiceKinds.contains { kind in facts[kind].contains { $0.sentence.section == slug } }
            || section.blocks.flatMap(\.sentences).contains { sentence in practice.contains { $0.contains(index.tokens(sentence.text)) } }
        let generic = Set(index.lexicon.linkOutGenericWords ?? [])
        let named = heading.filter { $0.count > 3 && !generic.contains($0) }
        return describesPractice && named.contains { !newWords.contains($0) }
    }
}
