import RedlineParse

/// Round 6's facts (issue 4): which way a setting defaults, a deletion the service says it
/// cannot perform, a promise not to use third-party tracking, and an exception cut into a
/// commitment not to collect or share.
extension SentenceFacts {
    mutating func readDefaultsAndPromises() {
        readDefaults()
        // "We are unable to change or delete data in the Git commit history": a deletion the
        // service now says it cannot perform. Deletion the law forbids is a legal hold (a trap).
        if has(index.cue("deletionRefusals")), !has(index.legalHold) {
            // Keyed by the most specific data named: "you are not able to delete your email address"
            // (in a sentence that also says "personal information") refuses nothing about commit history.
            let named = index.data.ids(in: phraseTokens)
            let specific = named.filter { $0 != RuleEngine.unnamedData }
            add("deletion-refused", specific.isEmpty ? [RuleEngine.unnamedData] : specific)
        }
        readTrackingPromise()
        // "Except for payments made by check, Mozilla does not receive any financial information":
        // a commitment not to collect or share that now carries an exception.
        // An exception anywhere in the sentence ("except", "unless", "other than") qualifies its
        // commitments; whether one is new is read between aligned sentences (`RuleEngine.exceptionsCut`).
        if index.restrictors["exception"]?.contains(phraseTokens) ?? false, !exceptionsAreTheUsersChoice {
            for statement in statements where statement.negated && statement.actor == .firstParty {
                guard ["collect", "use", "share", "sell"].contains(statement.action) else { continue }
                let data = statement.data.isEmpty ? [RuleEngine.unnamedData] : statement.data
                add(["collect", "use"].contains(statement.action) ? "collect-exception" : "share-exception", data)
            }
        }
    }

    /// Round 9: "… but we don't share information that personally identifies you unless you give
    /// us permission": every exception the sentence makes is the user's own consent or request, so
    /// the commitment keeps the user in control (opt-in, the top of OPP-115's choice ladder); it is
    /// no hole cut into the commitment.
    var exceptionsAreTheUsersChoice: Bool {
        let cues = index.restrictors["exception"]?.matches(in: phraseTokens) ?? []
        return !cues.isEmpty && cues.allSatisfy { cue in
            let clause = Array(tokens[cue.end..<min(tokens.count, cue.end + Self.exceptionReach)])
            return (index.restrictors["consent"]?.contains(clause) ?? false) || (index.restrictors["directed"]?.contains(clause) ?? false)
        }
    }

    /// "Turned on by default" (not "not enabled by default") and "turned off by default".
    mutating func readDefaults() {
        let off = index.cue("defaultOff").matches(in: phraseTokens)
        let on = index.cue("defaultOn").matches(in: phraseTokens).filter { match in
            !off.contains { $0.start <= match.start && match.end <= $0.end } && !negatedBefore(match.start, distance: 3)
        }
        if !on.isEmpty { add("default-on", ["default"]) }
        if !off.isEmpty { add("default-off", ["default"]) }
    }

    /// "We do not use third-party analytics", "we are in the process of removing third party web
    /// analytics software": a promise about tracking, read where a negation or a withdrawal stands
    /// shortly before the practice in the same clause.
    mutating func readTrackingPromise() {
        let withdrawals = index.cue("trackingWithdrawals")
        for match in index.cue("trackingPractices").matches(in: phraseTokens) {
            let start = max(0, match.start - 6)
            let clauseStart = tokens[start..<match.start].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? start
            let window = Array(tokens[clauseStart..<match.start])
            if index.negation.contains(window) || withdrawals.contains(window) {
                facts.append(Fact("no-tracking", "no-tracking", sentence, term: "a promise about " + surface[match.start..<match.end].joined(separator: " ")))
                return
            }
        }
    }
}
