/// The rules added to complete the catalogue (domain.md §B.4): identifiability of shared data,
/// sources of collection, optional data, aggregate use, opt-out channels, breach notice,
/// narrowing definitions and the policy's scope.
extension SentenceFacts {
    mutating func readCatalogueExtras() {
        let acting = statements.filter { $0.actor == .firstParty && !$0.negated }
        for statement in acting where ["share", "sell"].contains(statement.action) {
            // "We share aggregated statistics with partners" vs "We share usage information with
            // partners": only a named recipient can show the same flow became identifiable.
            add(has(index.identifiability) ? "deidentified-share" : "identified-share", statement.recipients)
        }
        if acting.contains(where: { $0.action == "collect" }) {
            // The right-to-know check scans only sentences that name a source (it is rare).
            let found = sources()
            if !found.isEmpty, !statesRightToKnow { add("source", found) }
        }
        // Keyed by the data named, else by the section, so a "required" elsewhere is no flip.
        let keys = index.data.ids(in: phraseTokens).isEmpty ? ["section:" + sentence.section] : index.data.ids(in: phraseTokens)
        if has(index.optional) { add("optional", keys) }
        if has(index.required) { add("required", keys) }
        // Security "across our Services" protects every service at once; it is no cross-context use.
        let purposes = Set(acting.flatMap(\.purposes))
        let protective = !purposes.isEmpty && purposes.isSubset(of: ["security-fraud", "legal"])
        if has(index.individual), !protective, acting.contains(where: { ["use", "collect", "share"].contains($0.action) }) {
            add("individual-use", ["individual"])
        }
        readChoiceChannels()
        if has(index.breach) {
            for statement in acting where statement.action == "notify" {
                // "where required by law" reduces a promise to the legal minimum.
                let legalMinimum = index.restrictors["condition"]?.contains(phraseTokens) ?? false
                add("breach-notice", ["breach"], number: Double(statement.modality.rawValue) - (legalMinimum ? 2 : 0))
            }
        }
        if has(index.definitionExclusions) {
            let terms = index.data.ids(in: phraseTokens) + index.recipients.ids(in: phraseTokens)
            add("definition-exclusion", terms.isEmpty ? ["term"] : terms)
        }
        // Data combined or used across a family of products or companies widens the policy's scope
        // (domain.md other.scope-or-controller-changed), as does a recipient using it for its own ends.
        let used = acting.contains { ["use", "collect", "share"].contains($0.action) }
        if has(index.scopeAcross), has(index.scopeCombine) || used { add("combine", ["combine"]) }
        if has(index.ownUse), !index.recipients.ids(in: phraseTokens).isEmpty { add("combine", ["own-use"]) }
    }

    /// How far after a collection verb "from" may stand, and the source after "from"
    /// ("we receive information about you from our advertising partners").
    static let sourceReach = 8

    /// Recipients named as where collected data comes from: "from" shortly after a collection
    /// verb. "Requests from courts" names no source of data.
    func sources() -> [String] {
        let verbs = index.verbs["collect"]?.matches(in: phraseTokens) ?? []
        let froms = tokens.indices.filter { tokens[$0] == "from" }
            .filter { from in verbs.contains { $0.start < from && from - $0.start <= Self.sourceReach } }
        return index.recipients.matches(in: phraseTokens)
            .filter { match in froms.contains { match.start > $0 && match.start - $0 <= Self.sourceReach } }
            .map(\.id) + inboundSources()
    }

    /// Round 11: "Third-party ad partners may share information with us": whoever sends data to
    /// the company in the clause of an inbound sharing verb is where it comes from.
    func inboundSources() -> [String] {
        let recipients = index.recipients.matches(in: phraseTokens)
        guard let verb = StatementExtractor(index: index).inbound(in: tokens, recipients: recipients) else { return [] }
        let clauseStart = tokens[..<verb.start].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? 0
        // A passive verb ("… is carried out by the platform providers and may be shared with us")
        // has no sender for its subject: the names before it belong to another predicate.
        let passive: Set<String> = ["be", "been", "is", "are", "was", "were", "being"]
        guard !tokens[max(clauseStart, verb.start - 2)..<verb.start].contains(where: { passive.contains($0) }) else { return [] }
        // The head of the name only: "third-party ad partners" are advertisers, not every third
        // party (a name inside a longer one, or right before another, modifies it).
        let subject = recipients.filter { $0.start >= clauseStart && $0.end <= verb.start }
        return subject.filter { match in
            !subject.contains { $0 != match && (($0.start <= match.start && match.end <= $0.end) || $0.start == match.end) }
        }.map(\.id)
    }

    /// Round 10: "You will never be required to grant any permission (although a given feature may
    /// not work without it)": a consequence inside a promise that nothing is required is a new
    /// commitment (an expansion), not a choice made harder. A requirement cue ("required",
    /// "must") with a negation just before it, the cue itself no negation ("may not").
    var deniesRequirement: Bool {
        index.requirements.matches(in: phraseTokens).contains { match in
            !index.negation.contains(Array(tokens[match.start..<match.end])) && negatedBefore(match.start, distance: 3)
        }
    }

    /// Opt-out channels ranked: self-service (a setting, a link) 2, contacting the company 1.
    mutating func readChoiceChannels() {
        if has(index.consequences), !deniesRequirement { add("choice-consequence", ["consequence"]) }
        let rank: Double? = has(index.selfService) ? 2 : (has(index.contact) ? 1 : nil)
        guard let rank else { return }
        for match in index.choices.matches(in: phraseTokens) where !negatedBefore(match.start) {
            add("choice-channel", [match.id], number: rank)
        }
    }
}
