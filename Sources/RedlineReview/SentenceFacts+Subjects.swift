import RedlineParse

/// Round 6's facts about whose data is collected and where it comes from (issue 4).
extension SentenceFacts {
    mutating func readSubjectsAndEnrichment() {
        let collects = statements.contains { $0.actor == .firstParty && !$0.negated && $0.action == "collect" }
        // "We may also collect VPN usage … to support the integrity of our hiring practices": data
        // about people who are not the service's users (job applicants, donors, people without an
        // account). A sentence naming the group without collecting from it ("we are hiring") is none.
        if collects {
            let subjects = index.dataSubjects.matches(in: phraseTokens).filter { !negatedBefore($0.start, distance: 3) }
            var seen: Set<String> = []
            let data = Set(statements.filter { $0.actor == .firstParty && !$0.negated && $0.action == "collect" }.flatMap(\.data))
                .subtracting([RuleEngine.unnamedData]).subtracting(locallyNegatedData)
            let dataMatches = index.data.matches(in: phraseTokens).filter { data.contains($0.id) }
            for match in subjects where seen.insert(match.id).inserted {
                let term = surface[match.start..<match.end].joined(separator: " ")
                facts.append(Fact("subject", match.id, sentence, term: term))
                // What is collected about that group, for `RuleEngine.subjectData`.
                // Only data named near the group ("applicants … their IP address"), not a category
                // another clause of a long sentence or its lead-in collects from everyone.
                let near = Set(dataMatches.filter { abs($0.start - match.start) <= Self.subjectReach }.map(\.id)).sorted()
                for item in near {
                    facts.append(Fact("subject-data", "\(match.id)\(SentenceFacts.flowSeparator)\(item)", sentence,
                                      term: "\(phraseByID[item] ?? item) about \(term)"))
                }
            }
        }
        // "We use WealthEngine to improve our fundraising efforts", "we may run a background
        // check": data obtained from an enrichment vendor or a data broker is a new source even
        // without "from". "We do not use data enrichment services" obtains nothing.
        let enrichment = index.cue("enrichmentSources").matches(in: phraseTokens).filter { match in
            let start = max(0, match.start - 6)
            let clauseStart = tokens[start..<match.start].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? start
            return !index.negation.contains(Array(tokens[clauseStart..<match.start]))
        }
        if let first = enrichment.first, statements.contains(where: { $0.actor == .firstParty && !$0.negated }) {
            facts.append(Fact("source", "data-brokers", sentence, term: surface[first.start..<first.end].joined(separator: " ")))
        }
    }

    /// How far from a group's name the data collected about it may stand.
    static let subjectReach = 20
}
