import RedlineParse

/// Round 9 (issue 4): data that was only aggregate now collected per person, and a closed list
/// of exceptions to a commitment that grew.
extension RuleEngine {
    /// "Mozilla aggregates how often snippets are clicked, …" → "Mozilla may collect how often
    /// snippets are clicked, …": the aligned new sentence keeps the old one's words but no longer
    /// says the data is aggregated or de-identified, and the company now collects or uses it
    /// (domain.md `purpose.aggregate-to-individual`: "aggregated", "de-identified" removed). A new
    /// sentence of the section that says the data is kept only in aggregate makes up for it —
    /// unless it names a period first ("only … after 60 days in aggregate form": per person until
    /// then). The reverse (collected → aggregated) is an expansion.
    func aggregationDropped(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for (from, to, direction) in [(old, new, Finding.Direction.reduction), (new, old, .expansion)] {
            let reduction = direction == .reduction
            let changedFrom = reduction ? changed.old : changed.new
            for fact in from["aggregate"] where changedFrom.contains(fact.sentence) {
                guard let after = reduction ? counterpartInNew(fact.sentence) : counterpartInOld(fact.sentence),
                      Self.keepsWords(of: fact.sentence.text, in: after.text, index: index) else { continue }
                // Aggregated at once → aggregated only after a period ("we only retain this
                // information after 60 days in aggregate form"): per person until then.
                let deferred = to["aggregate"].first { $0.sentence == after && $0.number != nil && fact.number == nil }
                guard let plain = to["identified-collect"].first(where: { $0.sentence == after }) ?? deferred else { continue }
                if reduction, deferred == nil, to["aggregate"].contains(where: { other in
                    other.number == nil && other.sentence.section == after.section && changed.new.contains(other.sentence)
                }) { continue }
                result.append(Candidate(rule: "purpose.aggregate-to-individual", severity: reduction ? .material : .minor,
                                        direction: direction, old: reduction ? fact : plain, new: reduction ? plain : fact,
                                        term: Self.aggregationTerm(plain, reduction: reduction)))
                break
            }
        }
        return result
    }

    /// What changed, in words: "aggregated → collected per person", or "… → aggregated after 60 days".
    static func aggregationTerm(_ fact: Fact, reduction: Bool) -> String {
        guard reduction else { return "collected per person → aggregated" }
        guard let days = fact.number else { return "aggregated → collected per person" }
        return "aggregated → kept per person, aggregated after \(describe(days, "retention-period"))"
    }

    /// "GitHub personnel do not access private repositories unless required to for security
    /// purposes, …, or to comply with our legal obligations" → "… do not access private repository
    /// content except for: security purposes, …, if we have reason to believe the contents are in
    /// violation of the law": the same denial (its words before the exception kept) now lists a
    /// ground none of the old grounds of that commitment named. A ground that is the user's own
    /// choice ("with your consent") or a legal duty (domain.md §B.6 trap 7) is none, nor a ground
    /// reworded with the old one's words; a ground dropped narrows the exception (no finding).
    func exceptionsGrown(old: FactSet, new: FactSet) -> [Candidate] {
        let reader = StatementExtractor(index: index)
        let consent = index.restrictors["consent"]
        let split = { (fact: Fact) -> (denial: String, ground: [String])? in
            let text = reader.readingText(fact.sentence)
            // A list item read alone ("if we have reason to believe …") completes its lead-in.
            let tokens = index.tokens(text == fact.sentence.text && fact.sentence.leadIn != nil ? (fact.sentence.leadIn ?? "") + " " + text : text)
            guard let cue = index.restrictors["exception"]?.matches(in: tokens).first,
                  let denial = index.negation.matches(in: Array(tokens[..<cue.start])).last else { return nil }
            // The denial's own clause (its subject a few words before the negation), not the
            // paragraph a list's lead-in may carry before it.
            return (tokens[max(0, denial.start - Self.subjectReach)..<cue.start].joined(separator: " "), Array(tokens[cue.end...]))
        }
        let stop = Set(index.lexicon.cueLists?["groundStopWords"] ?? [])
        let content = { (words: [String]) in Set(words.filter { $0.count > 2 && $0 != TextTokens.boundary && !stop.contains($0) }) }
        let olds = old["commitment-exception"] + old["commitment-legal-exception"]
        var result: [Candidate] = []
        var seen: Set<String> = []
        for fact in new["commitment-exception"] where changed.new.contains(fact.sentence) && !seen.contains(fact.value) {
            guard let rule = Self.commitmentRules[fact.value], let (denial, ground) = split(fact),
                  !(consent?.contains(ground) ?? false), !(index.restrictors["directed"]?.contains(ground) ?? false) else { continue }
            let same = olds.filter { promise in
                promise.value == fact.value && split(promise).map { Self.keepsWords(of: $0.denial, in: denial, index: index) } == true
            }
            guard let promise = same.first(where: { changed.old.contains($0.sentence) }) ?? same.first else { continue }
            // What the old grounds and the rest of the old commitment's section already said: a
            // practice described beside the list and merged into it ("we may scan … for known
            // active malware" → a list item "automated scanning for … active malware") is a move.
            let section = oldSentences(promise.sentence.section).flatMap { index.tokens($0.text) }
            let before = same.reduce(into: content(section)) { $0.formUnion(content(split($1)?.ground ?? [])) }
            let words = content(ground)
            guard !words.isEmpty, Double(words.intersection(before).count) < Self.groundOverlap * Double(words.count) else { continue }
            seen.insert(fact.value)
            result.append(Candidate(rule: rule, severity: .material, direction: .reduction, old: promise, new: fact,
                                    term: "a ground was added to the exceptions"))
        }
        return result
    }

    /// How many words before the negation the denial's subject may take ("GitHub personnel do not").
    static let subjectReach = 4

    /// Below this share of its words found among the old grounds, a ground is new.
    static let groundOverlap = 0.5
}
