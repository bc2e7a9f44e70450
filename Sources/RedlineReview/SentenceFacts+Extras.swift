/// The rules added to complete the catalogue (domain.md §B.4): identifiability of shared data,
/// sources of collection, optional data, aggregate use, opt-out channels, breach notice,
/// narrowing definitions and the policy's scope.
extension SentenceFacts {
    mutating func readCatalogueExtras() {
        let acting = statements.filter { $0.actor == .firstParty && !$0.negated }
        for statement in acting where ["share", "sell"].contains(statement.action) {
            let recipients = statement.recipients.isEmpty ? ["any"] : statement.recipients
            // "We share aggregated statistics with partners" vs "We share usage information with partners".
            add(has(index.identifiability) ? "deidentified-share" : "identified-share", recipients)
        }
        if acting.contains(where: { $0.action == "collect" }), let from = tokens.firstIndex(of: "from") {
            let sources = index.recipients.matches(in: tokens).filter { $0.start > from && $0.start - from <= Self.sourceReach }
            add("source", sources.map(\.id))
        }
        if has(index.optional) { add("optional", ["any"]) }
        if has(index.required) { add("required", ["any"]) }
        if has(index.individual), acting.contains(where: { ["use", "collect", "share"].contains($0.action) }) {
            add("individual-use", ["individual"])
        }
        readChoiceChannels()
        if has(index.breach) {
            for statement in acting where statement.action == "notify" {
                // "where required by law" reduces a promise to the legal minimum.
                let legalMinimum = index.restrictors["condition"]?.contains(tokens) ?? false
                add("breach-notice", ["breach"], number: Double(statement.modality.rawValue) - (legalMinimum ? 2 : 0))
            }
        }
        if has(index.definitionExclusions) {
            let terms = index.data.ids(in: tokens) + index.recipients.ids(in: tokens)
            add("definition-exclusion", terms.isEmpty ? ["term"] : terms)
        }
        if has(index.scopeCombine), has(index.scopeAcross) { add("combine", ["combine"]) }
    }

    /// How far after "from" a source may be named ("we receive information about you from our advertising partners").
    static let sourceReach = 8

    /// Opt-out channels ranked: self-service (a setting, a link) 2, contacting the company 1.
    mutating func readChoiceChannels() {
        if has(index.consequences) { add("choice-consequence", ["consequence"]) }
        let rank: Double? = has(index.selfService) ? 2 : (has(index.contact) ? 1 : nil)
        guard let rank else { return }
        for match in index.choices.matches(in: tokens) where !negatedBefore(match.start) {
            add("choice-channel", [match.id], number: rank)
        }
    }
}
