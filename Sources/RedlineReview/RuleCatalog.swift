import RedlineParse

/// The set-difference rules of the catalogue (domain.md §B.4): a reduction is a fact that the
/// old version stated and the new one no longer covers (`lost`), or one the new version states
/// that nothing in the old covered (`gained`). The reverse direction is reported as an expansion.
struct SetRule: Sendable {
    enum Change: Sendable { case lost, gained }

    var kind: String
    var change: Change
    var rule: String
    var severity: Finding.Severity = .material
    /// Other kinds whose facts also cover this one ("we do not share" covers "we do not sell").
    var coveredBy: [String] = []
    /// Fires only when the new version still has a fact of this kind with the same value
    /// (a right still granted somewhere, but no longer to everyone).
    var requiresInNew: String?
    /// Fires only when the new version states the opposite (a positive fact of this kind for the
    /// same or a narrower node): a deleted "we do not store X" alone is weak evidence of collection.
    var requiresFlip: String?
    /// Any fact of the covering kinds covers, whatever its value: honouring Global Privacy Control
    /// makes up for no longer honouring Do Not Track (domain.md: net neutral).
    var anyValueCovers = false
    /// A sensitive node is covered only by a sensitive one: "geolocation" does not announce
    /// "precise location", nor "personal information" health data (domain.md collection traps).
    var sensitiveApart = false
    /// Does not fire when the new version has any fact of this kind (a newly ignored Do Not Track
    /// signal while Global Privacy Control is honoured is net neutral).
    var unlessInNew: String?
    /// Only a node flagged `high` in the lexicon is material; other values are minor.
    var highOnly = false
    /// Round 11: a gain read from a sentence that gates it on the user turning a feature on ("If
    /// you enable Find My Device, we receive the approximate location …") is opt-in — the top of
    /// OPP-115's choice ladder (domain.md §B.1, `choice-opt-out.opt-in-to-opt-out`) — and only
    /// informs; a sensitive category stays material, and a denial lifted "when you enable …" is
    /// `collection.prohibition-lifted` as the catalogue's example says.
    var optInMinor = false
    /// Round 12: verb classes whose sentence carries the change. A value changes only where such a
    /// sentence states it, and that sentence is quoted first: a consent gate on sharing is lost
    /// when "when we have your permission to share it" goes, not when "when you choose to send us
    /// crash reports" does (consent in a collection sentence still keeps a gate in the new version).
    var evidenceVerbs: [String] = []
    /// Overrides the rule per value (a sensitive data category has its own rule).
    var ruleForValue: (@Sendable (String, LexiconIndex) -> String)?
    /// Whether a reduction read from `fact` applies, given the old version's facts: a condition
    /// is new only on a right the old version granted to everyone, a refusal of a signal only
    /// where the old version spoke of that signal.
    var applies: (@Sendable (_ fact: Fact, _ old: FactSet, _ index: LexiconIndex) -> Bool)?
    /// Whether the new version makes up for a reduction read from `fact`: `counterpart` is the new
    /// sentence aligned with a lost fact's sentence, or the old one aligned with a gained fact's
    /// (nil for an unaligned one).
    /// Denying an opt-out of a sale that the version says never happens takes no choice away.
    var excused: (@Sendable (_ fact: Fact, _ counterpart: Sentence?, _ new: FactSet, _ index: LexiconIndex) -> Bool)?
    /// Whether the practice a lost fact controlled stopped, which both versions show: a cookie
    /// control dropped where the new version newly promises no third-party tracking.
    var stopped: (@Sendable (_ fact: Fact, _ old: FactSet, _ new: FactSet) -> Bool)?

    /// Tracker nodes (lexicon `trackers`) that, like a cookie, sit in the browser or app: what
    /// "similar technologies" describes when the old version already named one.
    static let cookieLikeTrackers: Set<String> = ["third-party-cookies", "pixels", "sdk", "fingerprinting", "session-replay", "similar-technologies"]

    static let catalogue: [SetRule] = [
        SetRule(kind: "no-share", change: .lost, rule: "sharing.prohibition-lifted"),
        SetRule(kind: "no-sell", change: .lost, rule: "sharing.prohibition-lifted", coveredBy: ["no-share"]),
        SetRule(kind: "recipient", change: .gained, rule: "sharing.new-recipient"),
        SetRule(kind: "share-consent", change: .lost, rule: "sharing.consent-gate-removed", evidenceVerbs: ["share", "sell"]),
        SetRule(kind: "business-transfer", change: .gained, rule: "sharing.business-transfer-added"),
        SetRule(kind: "no-collect", change: .lost, rule: "collection.prohibition-lifted", requiresFlip: "collect"),
        SetRule(kind: "collect", change: .gained, rule: "collection.new-category", sensitiveApart: true, optInMinor: true, ruleForValue: { value, index in
            index.sensitive.contains(value) ? "collection.sensitive-category" : "collection.new-category"
        }),
        // Basic service, security and legal purposes inform; advertising, AI training, profiling
        // and sale gate (domain.md: high for those, and "improve services" is a trap).
        SetRule(kind: "purpose", change: .gained, rule: "purpose.new-purpose", highOnly: true),
        SetRule(kind: "purpose-closed", change: .lost, rule: "purpose.limitation-opened"),
        SetRule(kind: "right", change: .lost, rule: "user-rights.right-removed"),
        SetRule(kind: "right-all", change: .lost, rule: "user-rights.scope-narrowed", requiresInNew: "right"),
        // A right the old version granted only in a jurisdiction's section ("EEA users have the
        // right to…") is not narrowed by a general grant that says "depending on where you live".
        SetRule(kind: "right-condition", change: .gained, rule: "user-rights.right-conditioned", applies: { fact, old, _ in
            let right = fact.value.split(separator: "/").first.map(String.init) ?? fact.value
            return old["right-all"].contains { $0.value == right }
        }),
        SetRule(kind: "fee", change: .gained, rule: "user-rights.exercise-harder"),
        SetRule(kind: "free", change: .lost, rule: "user-rights.exercise-harder"),
        SetRule(kind: "redress", change: .lost, rule: "user-rights.redress-removed"),
        // Round 9: "how you can control your cookie preference settings" for third-party analytics,
        // dropped where the new version newly says "we do not use any third-party analytics
        // service providers": the practice stopped, so there is nothing left to opt out of.
        SetRule(kind: "choice", change: .lost, rule: "choice-opt-out.opt-out-removed", stopped: { fact, old, new in
            ["cookie-controls", "ad-controls", "industry-program"].contains(fact.value) && old["no-tracking"].isEmpty && !new["no-tracking"].isEmpty
        }),
        SetRule(kind: "no-choice", change: .gained, rule: "choice-opt-out.opt-out-removed", excused: { fact, _, new, index in
            ChildrenAndChoices.aboutSale(fact.sentence, index) && !new["no-sell"].isEmpty
        }),
        // "If you don't want to hear from us, you can opt out of marketing communications" where the
        // old version already offered that opt-out ("You may opt out of receiving promotional
        // communications") is the same choice reworded, not a practice newly applied until users object.
        // A named choice ("opt out of marketing" = unsubscribe) counts as offered before when the old
        // version offered it anywhere; a bare "opt out" only when the aligned old sentence did (an
        // opt-out link added beside an old opt-out website), since "opt out" alone may be of anything.
        SetRule(kind: "opt-out-default", change: .gained, rule: "choice-opt-out.opt-in-to-opt-out", applies: { fact, old, index in
            let named = Set(ChildrenAndChoices.choices(in: fact.sentence, index)).subtracting([ChildrenAndChoices.genericChoice])
            return named.isEmpty || !named.isSubset(of: Set(old["choice"].map(\.value)))
        }, excused: { fact, counterpart, _, index in
            guard let counterpart else { return false }
            let offered = Set(ChildrenAndChoices.choices(in: fact.sentence, index))
            return !offered.isEmpty && offered.isSubset(of: ChildrenAndChoices.choices(in: counterpart, index))
        }),
        // "cookies and similar technologies" (round 10) is a new kind of tracker only where the old
        // version named no tracker that sits on the device like a cookie; beside old web beacons or
        // SDKs it describes them (link tracking or cross-site reach are no such technology).
        SetRule(kind: "tracker", change: .gained, rule: "tracking.new-tracking-technology",
                applies: { fact, old, _ in
                    fact.value != "similar-technologies" || !old["tracker"].contains { Self.cookieLikeTrackers.contains($0.value) }
                }),
        SetRule(kind: "signal-honored", change: .lost, rule: "tracking.signal-no-longer-honored", anyValueCovers: true),
        // OPP-115's ladder is honoured > mentioned > not honoured; a policy that was silent on a
        // signal and now says it is not honoured discloses a practice, it does not lower one.
        SetRule(kind: "signal-ignored", change: .gained, rule: "tracking.signal-no-longer-honored", unlessInNew: "signal-honored",
                applies: { fact, old, _ in old["signal-mentioned"].contains { $0.value == fact.value } }),
        SetRule(kind: "measure", change: .lost, rule: "security.safeguard-removed"),
        // "Our data is not encrypted at rest" where the old version never promised encryption
        // discloses a practice (like a signal newly said to be ignored); it removes a safeguard only
        // when the old version stated the measure and the new one states it nowhere.
        SetRule(kind: "no-measure", change: .gained, rule: "security.safeguard-removed",
                applies: { fact, old, _ in old["measure"].contains { $0.value == fact.value } },
                excused: { fact, _, new, _ in new["measure"].contains { $0.value == fact.value } }),
        SetRule(kind: "disclaimer", change: .gained, rule: "security.commitment-hedged", severity: .minor),
        // One mechanism replacing another (Privacy Shield → standard contractual clauses → the Data
        // Privacy Framework) is no removal (domain.md trap); losing every mechanism is.
        SetRule(kind: "transfer-safeguard", change: .lost, rule: "international-transfer.safeguard-removed", anyValueCovers: true),
        SetRule(kind: "localization", change: .lost, rule: "international-transfer.new-destination"),
        SetRule(kind: "anywhere", change: .gained, rule: "international-transfer.new-destination"),
        // Parental consent that was a way around the age bar ("…, or we need your parent's consent"),
        // dropped while the aligned sentence still bars younger users, leaves the bar stricter.
        SetRule(kind: "child-consent", change: .lost, rule: "children.parental-consent-dropped", excused: { _, counterpart, _, index in
            counterpart.map { ChildrenAndChoices.barsYoungerUsers($0, index) } ?? false
        }),
        SetRule(kind: "child-prohibition", change: .lost, rule: "children.prohibition-lifted"),
        SetRule(kind: "notice-feature", change: .lost, rule: "notice-of-changes.channel-weakened"),
        SetRule(kind: "implied-consent", change: .gained, rule: "notice-of-changes.implied-consent-added"),
        SetRule(kind: "retroactive", change: .gained, rule: "notice-of-changes.retroactive-application"),
        SetRule(kind: "non-retroactive", change: .lost, rule: "notice-of-changes.retroactive-application"),
        // Only when the identifiable flow is new: a recipient the old version already sent
        // identifiable data to ("sends … to Leanplum, our mobile marketing vendor" in both) is no weakening.
        SetRule(kind: "deidentified-share", change: .lost, rule: "sharing.identifiability-weakened", requiresInNew: "identified-share",
                applies: { fact, old, _ in !old["identified-share"].contains { $0.value == fact.value } }),
        // Collection "from third parties" already covers any ordinary source ("vendors, partners or
        // affiliates"); data brokers and advertisers stay new (domain.md: compare against that set).
        SetRule(kind: "source", change: .gained, rule: "collection.new-source", applies: { fact, old, index in
            index.high.contains(fact.value) || !old["source"].contains { $0.value == "third-parties" }
        }),
        SetRule(kind: "optional", change: .lost, rule: "collection.optional-to-required", requiresFlip: "required"),
        SetRule(kind: "individual-use", change: .gained, rule: "purpose.aggregate-to-individual"),
        SetRule(kind: "choice-consequence", change: .gained, rule: "choice-opt-out.opt-out-harder"),
        SetRule(kind: "breach-notice", change: .lost, rule: "security.breach-notice-weakened"),
        SetRule(kind: "definition-exclusion", change: .gained, rule: "other.definition-narrowed"),
        SetRule(kind: "combine", change: .gained, rule: "other.scope-or-controller-changed"),
        SetRule(kind: "retention-indefinite", change: .gained, rule: "retention.limit-removed"),
        // A data category newly kept without limit where the old version kept other data so
        // (COPPA 2025: no indefinite retention); unnamed data kept forever covers every category.
        SetRule(kind: "retention-indefinite-data", change: .gained, rule: "retention.limit-removed", sensitiveApart: true),
        SetRule(kind: "retention-period", change: .lost, rule: "retention.limit-removed"),
        SetRule(kind: "deletion-commitment", change: .lost, rule: "retention.deletion-weakened"),
        SetRule(kind: "post-erasure", change: .gained, rule: "retention.deletion-weakened"),
        // Round 6: a deletion the service says it cannot perform and a dropped promise not to use
        // third-party tracking (an exception cut into a commitment is `RuleEngine.exceptionsCut`).
        SetRule(kind: "deletion-refused", change: .gained, rule: "retention.deletion-weakened"),
        // Data about a group the old version never collected from (job applicants, donors).
        SetRule(kind: "subject", change: .gained, rule: "collection.new-category"),
        SetRule(kind: "no-tracking", change: .lost, rule: "tracking.new-tracking-technology"),
    ]

    /// Facts of `from` that no fact of `other` covers (equal or broader node, same or covering kind),
    /// one per value: the first read from a changed sentence, else the first in reading order,
    /// with the value's other changed sentences in the same section as further evidence.
    /// `perSection` (round 13, reductions only): the value's changed sentences in the other sections
    /// too, as further evidence — a rewrite that adds a practice in several sections shows it in each,
    /// while the finding (its id, what front matter acknowledges) stays one per value.
    func uncovered(_ from: FactSet, by other: FactSet, index: LexiconIndex, changed: Set<Sentence>, perSection: Bool = false) -> [(fact: Fact, more: [Fact])] {
        let covering = ([kind] + coveredBy).flatMap { other[$0] }
        // Asked of every fact of the value, for every value: each sentence is tokenised once. Keyed
        // by bytes (`SentenceKey`): `String` keys would merge canonically equivalent texts.
        var carried: [FactExtractor.SentenceKey: Bool] = [:]
        func carries(_ fact: Fact) -> Bool {
            let key = FactExtractor.SentenceKey(headings: "", sentence: fact.sentence)
            if let known = carried[key] { return known }
            let tokens = index.tokens([fact.sentence.leadIn, fact.sentence.text].compactMap { $0 }.joined(separator: " "))
            let answer = evidenceVerbs.contains { index.verbs[$0]?.contains(tokens) ?? false }
            carried[key] = answer
            return answer
        }
        return from.distinct(kind).filter { fact in
            (evidenceVerbs.isEmpty || from[kind].contains { $0.value == fact.value && carries($0) }) && !covering.contains { cover in
                if anyValueCovers { return true }
                if sensitiveApart, index.sensitive.contains(fact.value), !index.sensitive.contains(cover.value) { return false }
                return index.covers(cover.value, fact.value)
            }
        }.map { first -> (fact: Fact, more: [Fact]) in
            let same = from[kind].filter { $0.value == first.value }
            let inChanged = same.filter { changed.contains($0.sentence) && (evidenceVerbs.isEmpty || carries($0)) }
            let fact = evidenceVerbs.isEmpty ? inChanged.first ?? first
                : inChanged.first ?? same.first(where: carries) ?? first
            var seen: Set<Sentence> = [fact.sentence]
            let inSection = { (lead: Fact) in inChanged.filter { $0.sentence.section == lead.sentence.section && seen.insert($0.sentence).inserted } }
            var more = inSection(fact)
            guard perSection else { return (fact, more) }
            var sections: Set<String> = [fact.sentence.section]
            for lead in inChanged where sections.insert(lead.sentence.section).inserted {
                seen.insert(lead.sentence)
                more += [lead] + inSection(lead)
            }
            return (fact, more)
        }
    }
}

/// A rule that fired, before evidence is attached: the fact(s) that show it.
struct Candidate: Sendable {
    var rule: String
    var severity: Finding.Severity
    var direction: Finding.Direction
    var old: Fact?
    var new: Fact?
    /// What changed, in words, when the facts' own terms do not say it ("30 days → 7 days").
    var term: String?
    /// Other facts showing the same change (quoted as the finding's further evidence).
    var more: [Fact] = []
    /// The new version's statement of what a lost denial forbade (`SetRule.requiresFlip`), quoted
    /// as the new text when the denial's sentence has no aligned counterpart.
    var shownBy: Fact?
}
