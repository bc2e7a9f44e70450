import RedlineDiff
import RedlineParse

/// Reads a change for material reductions of users' rights (the rule catalogue).
public enum Reviewer {
    /// Whether `locale` (or its language) has review rules; without them every review is empty,
    /// so callers can skip the diff a review would need.
    public static func hasRules(for locale: String) -> Bool { LexiconIndex.named(locale) != nil }

    /// Reviews the change from `old` to `new`; `diff` supplies the quoted evidence.
    /// Runs the rules of `locale` when a lexicon exists for it, and none otherwise.
    public static func review(old: Document, new: Document, diff: PolicyDiff, locale: String = "en") -> Review {
        let oldInput = ReviewInput(old, locale: locale)
        return review(old: oldInput, new: ReviewInput(new, locale: locale, reusing: oldInput), diff: diff)
    }

    /// Reviews the change between two prepared versions (see `ReviewInput`) in the new one's locale.
    public static func review(old oldInput: ReviewInput, new newInput: ReviewInput, diff: PolicyDiff) -> Review {
        guard let index = LexiconIndex.named(newInput.locale), let newFacts = newInput.facts else { return Review() }
        let oldFacts = oldInput.locale == newInput.locale ? oldInput.facts ?? FactSet([]) : FactExtractor(index: index).facts(in: oldInput.document)
        let (old, new) = (oldInput.document, newInput.document)
        var evidence = Evidence(old: old, new: new, diff: diff, contractions: index.lexicon.contractions)
        if oldInput.locale == newInput.locale {
            evidence.wordSets = (oldInput.wordSets, newInput.wordSets)
            evidence.documentWords = (oldInput.documentWords, newInput.documentWords)
        }
        let changed = ChangedSentences(diff)
        let engine = RuleEngine(index: index, changed: changed, counterpartInNew: { evidence.counterpartInNew($0) },
                                newSection: { evidence.newSection(forOld: $0) }, counterpartInOld: { evidence.counterpartInOld($0) },
                                oldSentences: { slug in old.sections.first { $0.slug == slug }?.blocks.flatMap(\.sentences) ?? [] },
                                newSentences: { slug in new.sections.first { $0.slug == slug }?.blocks.flatMap(\.sentences) ?? [] },
                                readingInNew: { PDFFragments.joined($0, in: new, openEnds: index.openEnds) }, readingInOld: { PDFFragments.joined($0, in: old, openEnds: index.openEnds) },
                                oldDocument: old.sentences)
        let found = RemovedFeature(index: index, evidence: evidence).filter(engine.run(old: oldFacts, new: newFacts), old: oldFacts)
            + AddedFeature(index: index, evidence: evidence).candidates(new: newFacts)
            + NamedVendors(index: index, evidence: evidence).candidates(old: oldFacts, new: newFacts)
        var candidates = LinkOut(index: index, evidence: evidence).resolve(found, new: newFacts)
        let explained = Set(candidates.filter { $0.direction == .reduction }.compactMap { $0.old?.sentence.section })
        candidates += SectionDeletion(old: old, new: new, diff: diff, evidence: evidence)
            .candidates(old: oldFacts, new: newFacts, index: index, explained: explained)
        let builder = FindingBuilder(lexicon: index.lexicon, evidence: evidence)
        let built = candidates.map { ($0.direction, builder.finding(for: $0)) }
        return Review(findings: merged(built.filter { $0.0 == .reduction }.map(\.1)),
                      expansions: merged(built.filter { $0.0 == .expansion }.map(\.1)))
    }

    /// One finding per rule and section (its id is what authors acknowledge): the one that
    /// stands for the rest keeps its quotes, and the others' quotes become further evidence.
    static func merged(_ findings: [Finding]) -> [Finding] {
        var byID: [String: [Finding]] = [:]
        for finding in findings { byID[finding.id, default: []].append(finding) }
        return byID.values.map { group in
            var ordered = group
            ordered.sort { earlier($0, $1) }
            var lead = ordered[0]
            var seen: Set<String> = []
            var evidence: [Finding.Excerpt] = []
            for excerpt in ordered.flatMap(\.excerpts) where seen.insert(key(excerpt)).inserted {
                evidence.append(excerpt)
            }
            lead.evidence = Array(evidence.dropFirst()).sorted { line($0) < line($1) }
            return lead
        }
    }

    private static func key(_ excerpt: Finding.Excerpt) -> String {
        "\(excerpt.old?.line ?? -1):\(excerpt.old?.text ?? "")|\(excerpt.new?.line ?? -1):\(excerpt.new?.text ?? "")"
    }

    private static func line(_ excerpt: Finding.Excerpt) -> (Int, Int) {
        (excerpt.new?.line ?? excerpt.old?.line ?? 0, excerpt.old?.line ?? 0)
    }

    /// Whether `a` stands for its rule and section rather than `b`: a material finding before a
    /// minor one, then the first in reading order.
    private static func earlier(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        let lineA = a.new?.line ?? a.old?.line ?? 0
        let lineB = b.new?.line ?? b.old?.line ?? 0
        return (lineA, a.explanation) <= (lineB, b.explanation)
    }
}

/// Attaches evidence and an explanation to a candidate.
struct FindingBuilder {
    let lexicon: Lexicon
    let evidence: Evidence
    /// `LexiconIndex.openEnds`, for quoting a sentence a PDF break split as the facts read it.
    private var openEnds: Set<String> { Set(lexicon.cueLists?["sentenceOpenEnds"] ?? []) }

    func finding(for candidate: Candidate) -> Finding {
        var oldSentence = candidate.old?.sentence
        var newSentence = candidate.new?.sentence
        if oldSentence == nil, let n = newSentence { oldSentence = evidence.counterpartInOld(n) }
        if newSentence == nil, let o = oldSentence { newSentence = evidence.counterpartInNew(o) }
        // The finding stays in the section the lost sentence maps to; a denial with no counterpart is
        // quoted beside the new sentence that states what it forbade.
        let mapped = oldSentence.map { evidence.newSection(forOld: $0.section) }
        let keepSection = newSentence == nil && candidate.shownBy != nil
        if newSentence == nil, let shown = candidate.shownBy { newSentence = shown.sentence }
        // A list item whose words stayed while its lead-in changed is quoted with the lead-in,
        // so the two quotes show what changed.
        if let o = oldSentence, let n = newSentence, o.text == n.text, o.leadIn != n.leadIn {
            oldSentence?.text = [o.leadIn, o.text].compactMap { $0 }.joined(separator: " ")
            newSentence?.text = [n.leadIn, n.text].compactMap { $0 }.joined(separator: " ")
        }
        // A sentence a PDF extraction broke is quoted whole, as the rules read it.
        if let o = oldSentence { oldSentence?.text += PDFFragments.continuation(of: o, in: evidence.old, openEnds: openEnds) }
        if let n = newSentence { newSentence?.text += PDFFragments.continuation(of: n, in: evidence.new, openEnds: openEnds) }
        let section = (keepSection ? mapped : newSentence?.section) ?? mapped ?? ""
        let further = candidate.more.map { fact -> Finding.Excerpt in
            let isOld = candidate.old != nil
            let other = isOld ? evidence.counterpartInNew(fact.sentence) : evidence.counterpartInOld(fact.sentence)
            let (o, n) = isOld ? (fact.sentence, other) : (other, fact.sentence)
            return Finding.Excerpt(old: o.map { Finding.Quote(text: $0.text, line: $0.line) }, new: n.map { Finding.Quote(text: $0.text, line: $0.line) })
        }
        let matched = candidate.term ?? (candidate.new ?? candidate.old).map(\.term) ?? ""
        let term = TermSpelling.asWritten(matched, in: [newSentence?.text, oldSentence?.text])
        return Finding(rule: candidate.rule, severity: candidate.severity, direction: candidate.direction, section: section,
                       old: oldSentence.map { Finding.Quote(text: $0.text, line: $0.line) },
                       new: newSentence.map { Finding.Quote(text: $0.text, line: $0.line) },
                       explanation: explanation(candidate, old: oldSentence?.text, new: newSentence?.text, term: term),
                       evidence: further)
    }

    func explanation(_ candidate: Candidate, old: String?, new: String?, term: String) -> String {
        let expansion = candidate.direction == .expansion
        let key: String
        switch (old, new) {
        case (.some, .some): key = expansion ? "expansionChanged" : "changed"
        case (.some, nil): key = expansion ? "expansionLost" : "lost"
        default: key = expansion ? "expansionGained" : "gained"
        }
        let template = lexicon.explanations[key] ?? "{title}"
        let termText = term.isEmpty ? "" : (lexicon.explanations["term"] ?? " ({term})").replacingOccurrences(of: "{term}", with: term)
        let reduction = lexicon.rules[candidate.rule] ?? candidate.rule
        let title = expansion ? lexicon.expansionRules?[candidate.rule] ?? reduction : reduction
        return template
            .replacingOccurrences(of: "{title}", with: title)
            .replacingOccurrences(of: "{term}", with: termText)
            .replacingOccurrences(of: "{old}", with: Self.shortened(old ?? ""))
            .replacingOccurrences(of: "{new}", with: Self.shortened(new ?? ""))
    }

    /// Quotes in the one-line explanation stop at 200 characters; the finding keeps the full sentence.
    static func shortened(_ text: String) -> String {
        text.count <= 200 ? text : String(text.prefix(199)) + "…"
    }
}
