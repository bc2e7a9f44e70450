import RedlineParse

/// Round 8 (issue 4): an exception cut into an absolute commitment of any topic.
extension RuleEngine {
    /// The rule that an exception cut into a commitment about each topic reduces.
    static let commitmentRules: [String: String] = [
        "children": "children.prohibition-lifted",
        "security": "security.commitment-hedged",
        "tracking": "tracking.new-tracking-technology",
        "retention": "retention.limit-removed",
    ]

    /// "No Basecamp human looks at your data for these purposes." → "… unless an error occurs that
    /// … requires manual intervention": the aligned old sentence made the same absolute commitment
    /// with no exception, and the new one keeps nearly all its words and adds one. The promise has
    /// a hole, whatever its topic (collection and sharing are `exceptionsCut`'s, read from
    /// statements). A carve-out that only restates the law is minor (domain.md §B.6 trap 7); a
    /// rewritten sentence that happens to carry an exception is a new statement, not a weakened one.
    func commitmentExceptions(old: FactSet, new: FactSet, raised: [Candidate]) -> [Candidate] {
        var result: [Candidate] = []
        var seen: Set<String> = []
        for kind in ["commitment-exception", "commitment-legal-exception"] {
            for fact in new[kind] where changed.new.contains(fact.sentence) && !seen.contains(fact.value) {
                // The aligned old sentence; when the diff left a much longer new sentence unpaired,
                // an old commitment of its section that is gone and whose words it keeps.
                let extended = { (promise: Fact) in
                    promise.value == fact.value && Self.keepsWords(of: promise.sentence.text, in: fact.sentence.text, index: index)
                }
                let before = counterpartInOld(fact.sentence)
                guard let rule = Self.commitmentRules[fact.value],
                      let promise = old["commitment"].first(where: { promise in
                          extended(promise) && (before.map { promise.sentence == $0 } ?? (newSection(promise.sentence.section) == fact.sentence.section
                              && counterpartInNew(promise.sentence) == nil))
                      }),
                      !raised.contains(where: { $0.new?.sentence == fact.sentence && $0.rule.hasSuffix("prohibition-lifted") }) else { continue }
                seen.insert(fact.value)
                result.append(Candidate(rule: rule, severity: kind == "commitment-exception" ? .material : .minor, direction: .reduction,
                                        old: promise, new: fact, term: "an exception was added"))
            }
        }
        return result
    }

    /// Whether `new` keeps at least 80 % of the content words of `old`: the same sentence, extended.
    static func keepsWords(of old: String, in new: String, index: LexiconIndex) -> Bool {
        let before = TextTokens(old, contractions: index.lexicon.contractions).wordSet
        let after = TextTokens(new, contractions: index.lexicon.contractions).wordSet
        return !before.isEmpty && Double(before.intersection(after).count) >= 0.8 * Double(before.count)
    }
}

/// Round 8 (issue 4): commitments narrowed inside one sentence, which the document-level sets
/// cannot see while the same commitment still stands elsewhere.
extension RuleEngine {
    /// Denials and the denials that cover them ("we do not share" covers "we do not sell").
    static let denials: [(kind: String, coveredBy: [String], rule: String, verb: String)] = [
        ("no-share", ["no-share"], "sharing.prohibition-lifted", "share"),
        ("no-sell", ["no-sell", "no-share"], "sharing.prohibition-lifted", "sell"),
        ("no-collect", ["no-collect"], "collection.prohibition-lifted", "collect"),
    ]

    /// "Reddit does not “sell” or “share” personal information …" → "Reddit does not “sell”
    /// personal information …": the aligned sentence still denies something but no longer names
    /// sharing at all, and no new or edited sentence of its section denies it (a denial split into
    /// two sentences is none, nor one whose verb stays while its subject is read differently).
    func denialsNarrowed(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        var seen: Set<String> = []
        for (kind, coveredBy, rule, verb) in Self.denials {
            for fact in old[kind] where changed.old.contains(fact.sentence) && !seen.contains(rule) {
                guard let after = counterpartInNew(fact.sentence),
                      index.verbs[verb]?.contains(TextTokens(after.text, contractions: index.lexicon.contractions).tokens) == false,
                      let still = Self.denials.lazy.compactMap({ denial in new[denial.kind].first { $0.sentence == after } }).first,
                      !coveredBy.contains(where: { covering in
                          new[covering].contains { changed.new.contains($0.sentence) && $0.sentence.section == after.section
                              && index.covers($0.value, fact.value) }
                      }) else { continue }
                seen.insert(rule)
                result.append(Candidate(rule: rule, severity: .material, direction: .reduction, old: fact, new: still,
                                        term: "the denial no longer says “\(verb)”"))
            }
        }
        return result
    }

    /// "You may update or delete information tied to your account" → "you may inquire about
    /// updating or deleting information …": the aligned sentence names the right and turns it into
    /// a question or a denial it did not have (lexicon `cueLists.inquiryCues`, a negation), while another sentence
    /// still grants it (losing it everywhere is `right-removed`). A right moved into a table row
    /// ("| Deletion | Request that we delete …") names it without a grant and is no change.
    func rightsWithdrawn(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        var seen: Set<String> = []
        for fact in old["right"] where changed.old.contains(fact.sentence) && !seen.contains(fact.value) {
            guard let after = counterpartInNew(fact.sentence),
                  let mention = new["right-mentioned"].first(where: { $0.sentence == after && $0.value == fact.value }),
                  !new["right"].contains(where: { $0.sentence == after && index.covers($0.value, fact.value) }),
                  Self.questionsOrDenies(after.text, index: index), !Self.questionsOrDenies(fact.sentence.text, index: index),
                  new["right"].contains(where: { index.covers($0.value, fact.value) }) else { continue }
            seen.insert(fact.value)
            result.append(Candidate(rule: "user-rights.right-conditioned", severity: .material, direction: .reduction, old: fact, new: mention,
                                    term: "\(fact.term): no longer granted in this sentence"))
        }
        return result
    }

    /// Whether a sentence asks about something or denies it: an inquiry cue or a negation.
    static func questionsOrDenies(_ text: String, index: LexiconIndex) -> Bool {
        let tokens = TextTokens(text, contractions: index.lexicon.contractions).tokens
        return index.cue("inquiryCues").contains(tokens) || index.negation.contains(tokens)
    }
}
