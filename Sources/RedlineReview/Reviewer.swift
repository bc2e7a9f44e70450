import RedlineDiff
import RedlineParse

/// Reads a change for material reductions of users' rights (the rule catalogue).
public enum Reviewer {
    /// Reviews the change from `old` to `new`; `diff` supplies the quoted evidence.
    /// Runs the rules of `locale` when a lexicon exists for it, and none otherwise.
    public static func review(old: Document, new: Document, diff: PolicyDiff, locale: String = "en") -> Review {
        guard let index = LexiconIndex.named(locale) else { return Review() }
        let extractor = FactExtractor(index: index)
        let oldFacts = extractor.facts(in: old)
        let newFacts = extractor.facts(in: new)
        var candidates = RuleEngine(index: index).run(old: oldFacts, new: newFacts)
        let evidence = Evidence(old: old, new: new, diff: diff, contractions: index.lexicon.contractions)
        let explained = Set(candidates.filter { $0.direction == .reduction }.compactMap { $0.old?.sentence.section })
        candidates += SectionDeletion(old: old, new: new, diff: diff, evidence: evidence)
            .candidates(old: oldFacts, new: newFacts, index: index, explained: explained)
        var reductions: [String: Finding] = [:]
        var expansions: [String: Finding] = [:]
        for candidate in candidates {
            let finding = FindingBuilder(lexicon: index.lexicon, evidence: evidence).finding(for: candidate)
            // One finding per rule per section: the first in reading order stands for the rest.
            if candidate.direction == .reduction {
                if reductions[finding.id].map({ earlier($0, finding) }) ?? false { continue }
                reductions[finding.id] = finding
            } else {
                if expansions[finding.id].map({ earlier($0, finding) }) ?? false { continue }
                expansions[finding.id] = finding
            }
        }
        return Review(findings: Array(reductions.values), expansions: Array(expansions.values))
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

    func finding(for candidate: Candidate) -> Finding {
        var oldSentence = candidate.old?.sentence
        var newSentence = candidate.new?.sentence
        if oldSentence == nil, let n = newSentence { oldSentence = evidence.counterpartInOld(n) }
        if newSentence == nil, let o = oldSentence { newSentence = evidence.counterpartInNew(o) }
        // A list item whose words stayed while its lead-in changed is quoted with the lead-in,
        // so the two quotes show what changed.
        if let o = oldSentence, let n = newSentence, o.text == n.text, o.leadIn != n.leadIn {
            oldSentence?.text = [o.leadIn, o.text].compactMap { $0 }.joined(separator: " ")
            newSentence?.text = [n.leadIn, n.text].compactMap { $0 }.joined(separator: " ")
        }
        let section = newSentence?.section ?? oldSentence.map { evidence.newSection(forOld: $0.section) } ?? ""
        let term = candidate.term ?? (candidate.new ?? candidate.old).map(\.term) ?? ""
        return Finding(rule: candidate.rule, severity: candidate.severity, direction: candidate.direction, section: section,
                       old: oldSentence.map { Finding.Quote(text: $0.text, line: $0.line) },
                       new: newSentence.map { Finding.Quote(text: $0.text, line: $0.line) },
                       explanation: explanation(candidate, old: oldSentence?.text, new: newSentence?.text, term: term))
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
