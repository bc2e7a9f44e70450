/// Round 5's facts (issue 4): what a version asks of a user before it honours a right, the
/// exemptions it reserves, what the policy says it does not cover, which recipients get which
/// data, and the event a retention period is counted from.
extension SentenceFacts {
    mutating func readBurdensAndScope() {
        // Identity checks and exemptions are burdens on a right only where the sentence speaks
        // of a right or a request ("we verify your identity before responding to a request");
        // verifying an email address at sign-up is no burden on a right.
        let aboutRights = index.rights.contains(phraseTokens) || has(index.rightCues) || tokens.contains("request")
        if aboutRights, has(index.verification) { add("verification", ["identity"]) }
        if aboutRights, has(index.exemptions), !index.negation.contains(Array(tokens.prefix(3))) { add("right-exemption", ["exemption"]) }
        // Third-party sites the policy never governed, and data that is not personal ("This is not
        // Personal Data and is not subject to this Policy"), are clarifications, not a narrower scope.
        if has(index.scopeExclusions), !has(index.externalSites), !has(index.identifiability), !notPersonalData {
            add("scope-exclusion", ["scope"])
        }
        readFlows()
        readRetentionClock()
    }

    /// "… is not personal data": a negation right before the root data category.
    var notPersonalData: Bool {
        index.data.matches(in: phraseTokens).contains { $0.id == RuleEngine.unnamedData && negatedBefore($0.start, distance: 2) }
    }

    /// Recipients named only in a list item's lead-in when the lead-in has no sharing verb of its
    /// own: "Firefox connects to us and our service providers to provide the features below" over
    /// items that say "Firefox sends … to this third party". A heading turned into a bullet
    /// (a structure-only change) makes the old heading's text an item under that lead-in; the
    /// lead-in names who the product connects to, not who gets what the item sends.
    var leadInOnlyRecipients: Set<String> {
        guard let leadIn = sentence.leadIn, !leadIn.isEmpty, text.hasPrefix(leadIn + " ") else { return [] }
        let count = TextTokens(leadIn, contractions: index.lexicon.contractions).tokens.count
        guard count < tokens.count else { return [] }
        let head = Array(tokens[..<count])
        if let share = index.verbs["share"], share.contains(head) { return [] }
        if let sell = index.verbs["sell"], sell.contains(head) { return [] }
        let matches = index.recipients.matches(in: phraseTokens)
        let inItem = Set(matches.filter { $0.start >= count }.map(\.id))
        return Set(matches.filter { $0.end <= count }.map(\.id)).subtracting(inItem)
    }

    /// The separator of a flow's value, `recipient|data`.
    static let flowSeparator: Character = "|"

    /// Which recipient gets which data, per sharing statement the company chose (the same
    /// exclusions as `readPractices`: sharing the user directs, de-identified data, authorities the
    /// law compels). A statement naming no data shares "personal" data, which covers every category.
    mutating func readFlows() {
        guard !sharesDeidentifiedData, !has(index.legalHold) else { return }
        for statement in statements where statement.actor == .firstParty && !statement.negated
            && ["share", "sell"].contains(statement.action) && !statement.restrictors.contains("directed") {
            let data = statement.data.isEmpty ? ["personal"] : statement.data.filter { !locallyNegatedData.contains($0) }
            // Data made public is `sharing.new-recipient`'s ("publicly available" is also how a
            // policy says what others can already see), not a flow to a recipient.
            for recipient in statement.recipients where !leadInOnlyRecipients.contains(recipient) && recipient != "public" {
                for item in data { facts.append(Fact("flow", "\(recipient)\(Self.flowSeparator)\(item)", sentence, term: phraseByID[item] ?? item)) }
            }
        }
    }

    /// "We delete that copy 30 days after submission": the event after an anchor word in a
    /// retention sentence that states a period. The fact's number is the event's place in the
    /// lexicon's lifecycle order.
    mutating func readRetentionClock() {
        guard has(index.retentionCues), !has(index.changeContext), !quantities.periods(in: text).isEmpty else { return }
        let order = (index.lexicon.retentionClocks ?? []).map(\.id)
        var seen: Set<String> = []
        for match in index.clocks.matches(in: phraseTokens) where !seen.contains(match.id) {
            let before = Array(tokens[max(0, match.start - 3)..<match.start])
            guard index.clockAnchors.contains(before), let rank = order.firstIndex(of: match.id) else { continue }
            seen.insert(match.id)
            let phrase = surface[max(0, match.start - 1)..<match.end].joined(separator: " ")
            facts.append(Fact("retention-clock", match.id, sentence, number: Double(rank), term: phrase))
        }
    }
}
