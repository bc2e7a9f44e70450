import RedlineParse

/// `other.unresolved-reference` (domain.md §B.6 "link-outs"): a commitment whose sentence was
/// replaced by a reference to another document ("see our Cookie Policy") is out of the diff's
/// sight, not known to be removed. The reduction becomes a minor finding asking for a look.
struct LinkOut {
    static let rule = "other.unresolved-reference"

    let index: LexiconIndex
    let evidence: Evidence

    /// Candidates with a lost commitment replaced by a link-out turned into unresolved references.
    /// A sentence replaced by a link-out is replaced for every term it carried ("You can block
    /// cookies in your browser settings" → "see our Cookie Policy" covers the settings too).
    /// A sentence that links elsewhere but itself states the practice a lost denial forbade ("If you
    /// enable Suggest, we may also receive your search queries. [Learn more below]") shows the
    /// reduction in the diff: the denial is lifted there, not referred away (`new`: its facts).
    func resolve(_ candidates: [Candidate], new: FactSet = FactSet([])) -> [Candidate] {
        let lost = candidates.filter { $0.direction == .reduction && $0.new == nil && $0.old != nil }
        var references: [Sentence: Sentence] = [:]
        for candidate in lost {
            guard let old = candidate.old, references[old.sentence] == nil, let reference = replacement(for: old) else { continue }
            references[old.sentence] = reference
        }
        return candidates.map { candidate in
            guard candidate.direction == .reduction, candidate.new == nil, let old = candidate.old,
                  let reference = references[old.sentence], !states(opposite: old, in: reference, new) else { return candidate }
            var unresolved = candidate
            unresolved.rule = Self.rule
            unresolved.severity = .minor
            unresolved.new = Fact("link-out", "link-out", reference, term: candidate.term ?? old.term)
            return unresolved
        }
    }

    /// Whether `sentence` states what the lost denial `fact` denied: the company collecting the
    /// same or narrower data, or sharing with a recipient.
    func states(opposite fact: Fact, in sentence: Sentence, _ new: FactSet) -> Bool {
        switch fact.kind {
        case "no-collect": return new["collect"].contains { $0.sentence == sentence && index.covers(fact.value, $0.value) }
        case "no-share", "no-sell": return new["recipient"].contains { $0.sentence == sentence }
        default: return false
        }
    }

    /// The new sentence that stands where the fact's sentence was and sends the reader elsewhere
    /// about the same thing: its aligned counterpart, else a sentence of the same section that
    /// the old version did not have. It names a link-out the old sentence did not, and a word of
    /// the lost term ("block cookies" → "see our Cookie Policy"): "Learn more about our
    /// partners" does not stand in for an encryption promise.
    func replacement(for fact: Fact) -> Sentence? {
        let sentence = fact.sentence
        let generic = Set(index.lexicon.linkOutGenericWords ?? [])
        let topic = Set(words(fact.term).filter { $0.count > 3 && !generic.contains($0) })
        guard !topic.isEmpty, !mentionsLinkOut(sentence) else { return nil }
        let fits = { (candidate: Sentence) in
            self.mentionsLinkOut(candidate) && !topic.isDisjoint(with: self.words(candidate.text))
        }
        if let counterpart = evidence.counterpartInNew(sentence) { return fits(counterpart) ? counterpart : nil }
        let section = evidence.newSection(forOld: sentence.section)
        let oldTexts = Set(evidence.old.sentences.map(\.text))
        return evidence.new.sentences.first { $0.section == section && !oldTexts.contains($0.text) && fits($0) }
    }

    private func words(_ text: String) -> [String] {
        TextTokens(text, contractions: index.lexicon.contractions).tokens
    }

    private func mentionsLinkOut(_ sentence: Sentence) -> Bool {
        index.linkOuts.contains(words(sentence.text))
    }
}
