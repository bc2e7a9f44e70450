import RedlineParse

/// Round 14: a sharing denial narrowed between aligned sentences (domain.md §B.4
/// sharing.prohibition-lifted; FTC *Gateway Learning*).
extension RuleEngine {
    /// "We do not share any of your information with advertisers" → "we do not share your
    /// information (information that personally identifies you, …) with advertisers": the aligned
    /// new sentence still denies, but only the identifying part of what the old one denied, so the
    /// rest may now be shared with the same recipients. The document-level set cannot see it when
    /// another denial elsewhere still names "your information" for other recipients; the aligned
    /// pair can. A denial reworded with the same scope is none; the reverse is an expansion.
    func denialsNarrowedToIdentifying(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for (from, to, direction) in [(old, new, Finding.Direction.reduction), (new, old, .expansion)] {
            let changedTo = direction == .reduction ? changed.new : changed.old
            let reduction = direction == .reduction
            for fact in to["no-share"] where fact.value == Self.identifyingData && changedTo.contains(fact.sentence) {
                let before = reduction ? counterpartInOld(fact.sentence) : counterpartInNew(fact.sentence)
                // A PDF line break may split the new denial, and the old one then aligns with the
                // fragment its reading runs on into ("… or contact" ∥ "information) with advertisers …").
                let reading = reduction ? readingInNew(fact.sentence) : readingInOld(fact.sentence)
                let alignedHere = { (old: Sentence) -> Bool in
                    if old == before { return true }
                    guard let aligned = reduction ? self.counterpartInNew(old) : self.counterpartInOld(old) else { return false }
                    return aligned == fact.sentence || reading.contains(aligned.text)
                }
                // An old denial that already spoke of identifying information ("information that
                // personally identifies you (personally identifiable information is …)") had the
                // narrow scope already (§B.6.5).
                let alreadyNarrow = { (old: Sentence) in from["no-share"].contains { $0.sentence == old && $0.value == Self.identifyingData } }
                guard let wider = from["no-share"].first(where: { $0.value != fact.value && index.covers($0.value, fact.value)
                          && alignedHere($0.sentence) && !alreadyNarrow($0.sentence) }),
                      !to["no-share"].contains(where: { $0.sentence == fact.sentence && index.covers($0.value, wider.value) }) else { continue }
                result.append(Candidate(rule: "sharing.prohibition-lifted", severity: reduction ? .material : .minor, direction: direction,
                                        old: reduction ? wider : fact, new: reduction ? fact : wider,
                                        term: "all your information → only what identifies you"))
                break
            }
        }
        return result
    }

    /// The data node of a denial narrowed to what identifies the user (`SentenceFacts.narrowedToIdentifying`).
    static let identifyingData = "identifying"
}
