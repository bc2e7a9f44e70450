import RedlineParse

/// Runs every rule over the facts of two versions.
struct RuleEngine {
    let index: LexiconIndex
    /// The diff's changed sentences, preferred as quotes.
    var changed = ChangedSentences()
    /// The aligned sentence of the other version, for comparing numbers sentence by sentence.
    var counterpartInNew: (Sentence) -> Sentence? = { _ in nil }
    /// The new version's slug of an old section.
    var newSection: (String) -> String = { $0 }
    /// The aligned sentence of the old version, for changes made inside one sentence.
    var counterpartInOld: (Sentence) -> Sentence? = { _ in nil }
    /// The old version's sentences of a section (by its old slug), for words a new sentence merged in.
    var oldSentences: (String) -> [Sentence] = { _ in [] }
    /// The new version's sentences of a section (by its new slug), in reading order.
    var newSentences: (String) -> [Sentence] = { _ in [] }
    /// The whole sentence a new (old) sentence belongs to when a PDF break split it
    /// (`PDFFragments.joined`), as the facts read it.
    var readingInNew: (Sentence) -> String = { $0.text }
    var readingInOld: (Sentence) -> String = { $0.text }
    /// Every sentence of the old version, for items that moved from elsewhere in the document.
    var oldDocument: [Sentence] = []

    func run(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for rule in SetRule.catalogue {
            // A reduction quotes every section that shows it; an expansion only its first.
            let reductions = rule.change == .lost ? rule.uncovered(old, by: new, index: index, changed: changed.old, perSection: true)
                : rule.uncovered(new, by: old, index: index, changed: changed.new, perSection: true)
            let expansions = rule.change == .lost ? rule.uncovered(new, by: old, index: index, changed: changed.new)
                : rule.uncovered(old, by: new, index: index, changed: changed.old)
            for (fact, more) in reductions {
                if let required = rule.requiresInNew, !new[required].contains(where: { $0.value == fact.value }) { continue }
                if let unless = rule.unlessInNew, !new[unless].isEmpty { continue }
                if let flip = rule.requiresFlip, !new[flip].contains(where: { index.covers(fact.value, $0.value) }) { continue }
                if let applies = rule.applies, !applies(fact, old, index) { continue }
                if let stopped = rule.stopped, stopped(fact, old, new) { continue }
                if let excused = rule.excused, excused(fact, rule.change == .lost ? counterpartInNew(fact.sentence) : counterpartInOld(fact.sentence), new, index) { continue }
                let id = rule.ruleForValue?(fact.value, index) ?? rule.rule
                let optIn = rule.optInMinor && !index.sensitive.contains(fact.value)
                    && index.cue("optInFeatureCues").contains(index.tokens([fact.sentence.leadIn, fact.sentence.text].compactMap { $0 }.joined(separator: " ")))
                let severity: Finding.Severity = (rule.highOnly && !index.high.contains(where: { index.covers($0, fact.value) })) || optIn ? .minor : rule.severity
                // The sentence that states the lifted practice for the same data, one the diff changed
                // first; a denial of all personal data is lifted by any collection, which no one
                // sentence shows ("How We Use Your Information").
                let flips = rule.requiresFlip.map { flip in
                    new[flip].filter { $0.value == fact.value && fact.value != Self.unnamedData }
                } ?? []
                result.append(Candidate(rule: id, severity: severity, direction: .reduction,
                                        old: rule.change == .lost ? fact : nil, new: rule.change == .gained ? fact : nil, more: more,
                                        shownBy: flips.first { changed.new.contains($0.sentence) } ?? flips.first))
            }
            for (fact, more) in expansions where rule.requiresInNew == nil {
                let id = rule.ruleForValue?(fact.value, index) ?? rule.rule
                result.append(Candidate(rule: id, severity: .minor, direction: .expansion,
                                        old: rule.change == .gained ? fact : nil, new: rule.change == .lost ? fact : nil, more: more))
            }
        }
        result += sectionLevel(old: old, new: new, raised: result)
        result += magnitudes(old: old, new: new)
        result += burdens(old: old, new: new)
        result += commitmentExceptions(old: old, new: new, raised: result)
        result += denialsNarrowed(old: old, new: new)
        result += rightsWithdrawn(old: old, new: new)
        result += aggregationDropped(old: old, new: new)
        result += exceptionsGrown(old: old, new: new)
        result += listGrowth(old: old, new: new, raised: result)
        result += gates(old: old, new: new)
        result += deadlinesLengthened(old: old, new: new)
        result += minimisationDropped(old: old, new: new)
        result += rightConditionsAdded(old: old, new: new)
        return result
    }

    /// The high-stakes gains a section-level look finds where the document-level one is blind:
    /// "personalized advertising on Reddit" edited to "on and off Reddit" while another section
    /// already said "on and off" about something else. The sentence must be an edit of an old one
    /// that lacked the value, and no old sentence of its section that the new version lost may
    /// have stated it (a merge or a move within the section is no change).
    func sectionLevel(old: FactSet, new: FactSet, raised: [Candidate]) -> [Candidate] {
        // Trackers only: an edited sentence naming advertising or a recipient is common wording
        // (the sweep's false positives), a tracker reaching off the service is a practice.
        let gains: [(kind: String, rule: String, highOnly: Bool)] = [("tracker", "tracking.new-tracking-technology", false)]
        var sentencesBySection: [String: Set<Int>] = [:]
        for fact in new.byKind.values.joined() { sentencesBySection[fact.sentence.section, default: []].insert(fact.sentence.line) }
        let total = sentencesBySection.values.reduce(0) { $0 + $1.count }
        var result: [Candidate] = []
        for gain in gains {
            let already = Set(raised.filter { $0.rule == gain.rule && $0.direction == .reduction }.compactMap { $0.new?.value })
            var seen: Set<String> = []
            for fact in new[gain.kind] where changed.new.contains(fact.sentence) && !already.contains(fact.value) && !seen.contains(fact.value) {
                if gain.highOnly, !index.high.contains(where: { index.covers($0, fact.value) }) { continue }
                // A section holding nearly all of the document (a policy without headings) is no section.
                if (sentencesBySection[fact.sentence.section]?.count ?? 0) * 5 > total * 4 { continue }
                guard let before = counterpartInOld(fact.sentence) else { continue }
                let stated = old[gain.kind].contains { cover in
                    // An old sentence of the section that is gone may have been merged into this one.
                    index.covers(cover.value, fact.value) && (cover.sentence == before
                        || (newSection(cover.sentence.section) == fact.sentence.section
                            && [nil, fact.sentence].contains(counterpartInNew(cover.sentence))))
                }
                guard !stated else { continue }
                seen.insert(fact.value)
                result.append(Candidate(rule: gain.rule, severity: .material, direction: .reduction, old: nil, new: fact))
            }
        }
        return result
    }

    /// Rules on numbers: a fact's magnitude moved in the direction that reduces rights.
    /// `higherIsBetter` says which way protects users (a longer notice period, a higher age).
    func magnitudes(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        func compare(_ kind: String, rule: String, higherIsBetter: Bool, missingIsReduction: Bool, fallback: String? = nil) {
            // Periods of unnamed data are compared sentence by sentence (`alignedRetention`).
            let values = Set(old[kind].map(\.value)).subtracting(kind == "retention-period" ? [Self.unnamedData] : []).sorted()
            for value in values {
                guard let before = strongest(old[kind].filter { $0.value == value }, higherIsBetter) else { continue }
                var afterFacts = new[kind].filter { $0.value == value }
                if afterFacts.isEmpty, let fallback { afterFacts = new[kind].filter { $0.value == fallback } }
                guard let after = strongest(afterFacts, higherIsBetter) else {
                    if missingIsReduction, !new[kind].isEmpty || kind == "notice-period" {
                        result.append(Candidate(rule: rule, severity: .material, direction: .reduction, old: before, new: nil,
                                                term: "\(Self.describe(before.number ?? 0, kind)) → none stated"))
                    }
                    continue
                }
                let (b, a) = (before.number ?? 0, after.number ?? 0)
                guard abs(a - b) > 0.5 else { continue }
                let reduced = higherIsBetter ? a < b : a > b
                result.append(Candidate(rule: rule, severity: reduced ? .material : .minor, direction: reduced ? .reduction : .expansion,
                                        old: before, new: after, term: "\(Self.describe(b, kind)) → \(Self.describe(a, kind))"))
            }
        }
        compare("retention-period", rule: "retention.period-lengthened", higherIsBetter: false, missingIsReduction: false)
        result += alignedRetention(old: old, new: new)
        compare("notice-period", rule: "notice-of-changes.period-shortened", higherIsBetter: true, missingIsReduction: true)
        compare("age", rule: "children.age-threshold-lowered", higherIsBetter: true, missingIsReduction: false, fallback: "default")
        compare("security-ladder", rule: "security.commitment-hedged", higherIsBetter: true, missingIsReduction: false)
        compare("choice-channel", rule: "choice-opt-out.opt-out-harder", higherIsBetter: true, missingIsReduction: false)
        compare("breach-notice", rule: "security.breach-notice-weakened", higherIsBetter: true, missingIsReduction: false)
        compare("notice-promise", rule: "notice-of-changes.promise-removed", higherIsBetter: true, missingIsReduction: false)
        if !old["notice-promise"].isEmpty, new["notice-promise"].isEmpty, let first = old["notice-promise"].first {
            result.append(Candidate(rule: "notice-of-changes.promise-removed", severity: .material, direction: .reduction, old: first, new: nil))
        }
        return result
    }

    /// The data key of a retention sentence that names no data category.
    static let unnamedData = "personal"

    /// Retention periods of sentences that name no data ("we keep it for 30 days") say nothing
    /// about each other unless the diff aligns the sentences: different records are meant.
    func alignedRetention(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        let unnamed = { (facts: [Fact]) in facts.filter { $0.value == Self.unnamedData } }
        let candidates = unnamed(new["retention-period"])
        for before in unnamed(old["retention-period"]) {
            let counterpart = counterpartInNew(before.sentence)
            // A rewritten list item the diff could not pair still shares a run of five words with
            // its new version ("to email receipts and store records, which are retained for").
            let oldWords = CorpusEvaluation.words(before.sentence.text)
            // "…for a maximum of 18 months" → "…for the duration of your account": the stated
            // period became an open-ended one (OPP-115 Retention Period: Stated → Limited).
            if let counterpart, !candidates.contains(where: { $0.sentence == counterpart }),
               let open = new["retention-open"].first(where: { $0.sentence == counterpart }) {
                result.append(Candidate(rule: "retention.limit-removed", severity: .material, direction: .reduction, old: before, new: open,
                                        term: "\(Self.describe(before.number ?? 0, "retention-period")) → no fixed period"))
                continue
            }
            guard let after = candidates.first(where: { $0.sentence == counterpart })
                    ?? (counterpart == nil ? candidates.first(where: { $0.sentence.section == newSection(before.sentence.section)
                        && CorpusEvaluation.overlaps(oldWords, CorpusEvaluation.words($0.sentence.text), run: 5) }) : nil)
            else { continue }
            let (b, a) = (before.number ?? 0, after.number ?? 0)
            guard abs(a - b) > 0.5 else { continue }
            let reduced = a > b
            result.append(Candidate(rule: "retention.period-lengthened", severity: reduced ? .material : .minor,
                                    direction: reduced ? .reduction : .expansion, old: before, new: after,
                                    term: "\(Self.describe(b, "retention-period")) → \(Self.describe(a, "retention-period"))"))
        }
        return result
    }

    /// A magnitude in words: a period in the largest whole unit ("3 years", "30 days"), an age,
    /// or a rung of the modal ladder.
    static func describe(_ value: Double, _ kind: String) -> String {
        switch kind {
        case "age": return "age \(Int(value.rounded()))"
        case "retention-period", "notice-period":
            for (unit, days) in [("year", 365.25), ("month", 30.44), ("week", 7.0), ("day", 1.0)] {
                let count = value / days
                if count >= 1, abs(count - count.rounded()) < 0.02 {
                    let n = Int(count.rounded())
                    return "\(n) \(unit)\(n == 1 ? "" : "s")"
                }
            }
            return value < 1 ? "\(Int((value * 24).rounded())) hours" : "\(Int(value.rounded())) days"
        default:
            let rungs = ["a permission (may)", "a best effort (will try)", "a reasonable-measures promise", "a firm commitment (will)"]
            let rung = Int(value.rounded())
            return rungs.indices.contains(rung) ? rungs[rung] : (rung < 0 ? "only what the law requires" : "a firm commitment (will)")
        }
    }

    /// The most protective fact: the highest value when higher protects, else the lowest.
    private func strongest(_ facts: [Fact], _ higherIsBetter: Bool) -> Fact? {
        higherIsBetter ? facts.max { ($0.number ?? 0) < ($1.number ?? 0) } : facts.min { ($0.number ?? 0) < ($1.number ?? 0) }
    }
}
