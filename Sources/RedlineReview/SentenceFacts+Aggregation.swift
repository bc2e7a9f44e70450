import RedlineParse

/// Round 9 (issue 4): data that was only handled in aggregate, and data sent to an outside
/// service that the policy describes by what it does rather than by name or class.
extension SentenceFacts {
    mutating func readAggregationAndOutsideServices() {
        // "Mozilla aggregates how often snippets are clicked" (`aggregate`, with the longest
        // period the sentence names: "we only keep it in aggregate form after 60 days" aggregates
        // late) against "Mozilla may collect how often snippets are clicked" (`identified-collect`):
        // `RuleEngine.aggregationDropped` compares aligned sentences. "Not aggregated" is neither.
        let cues = index.identifiability.matches(in: phraseTokens).filter { !negatedBefore($0.start, distance: 2) }
        if !cues.isEmpty {
            add("aggregate", ["aggregate"], number: quantities.periods(in: text).map(\.value).max())
        } else if statements.contains(where: { $0.actor == .firstParty && !$0.negated && ["collect", "use"].contains($0.action) }) {
            add("identified-collect", ["any"])
        }
        readOutsideServices()
        readExceptionItem()
    }

    /// "Firefox routes DNS requests to a resolver service that has agreed to our standards": a
    /// transfer verb (lexicon `cueLists.transferVerbs`) whose subject is the company or its
    /// product, with "to a/an" and a described entity (lexicon `cueLists.outsideServiceNouns`:
    /// "service", "provider", "company" …) as its destination, sends data to someone outside.
    /// The words describing it are the `outside-service` fact, which `NamedVendors` compares with
    /// everything the old version mentions. "To our service", "to a service provider" (a class
    /// the recipient sets compare) and sharing the user directs are none.
    mutating func readOutsideServices() {
        let heads = index.cue("outsideServiceNouns")
        guard heads.contains(phraseTokens), !(index.restrictors["directed"]?.contains(phraseTokens) ?? false) else { return }
        let extractor = StatementExtractor(index: index)
        let recipients = index.recipients.matches(in: phraseTokens)
        for verb in index.cue("transferVerbs").matches(in: phraseTokens) {
            let clauseStart = tokens[..<verb.start].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? 0
            let clauseEnd = tokens[verb.end...].firstIndex(of: TextTokens.boundary) ?? tokens.count
            guard extractor.actor(tokens, clauseStart: clauseStart, verb: verb.start).actor == .firstParty || namesItself(before: verb.start),
                  !negatedBefore(verb.start, distance: StatementExtractor.window),
                  let to = tokens[verb.end..<clauseEnd].firstIndex(of: "to"), to + 2 < clauseEnd,
                  ["a", "an"].contains(tokens[to + 1]) else { continue }
            let limit = min(clauseEnd, to + 2 + Self.describedReach)
            guard let head = (to + 2..<limit).first(where: { heads.contains([tokens[$0]]) }), head > to + 2,
                  !recipients.contains(where: { $0.start <= head && $0.end > to + 1 }) else { continue }
            let described = tokens[(to + 2)..<head].joined(separator: " ")
            let term = surface[(to + 1)...head].joined(separator: " ")
            facts.append(Fact("outside-service", described, sentence, term: term))
        }
    }

    /// "For some Firefox users in the United States, Firefox routes …": the word right before the
    /// verb (past a modal) is its subject, and a subject that is neither the user nor a third party
    /// is the service naming itself, even when "users" stood earlier in the clause.
    func namesItself(before verb: Int) -> Bool {
        let modals: Set<String> = ["may", "will", "also", "can", "could", "might", "automatically", "then", "now"]
        guard let position = (0..<verb).reversed().first(where: { !modals.contains(tokens[$0]) }) else { return false }
        let word = [tokens[position]]
        return tokens[position] != TextTokens.boundary && !index.user.contains(word) && !index.thirdParty.contains(word)
            && !index.recipients.contains(word) && (index.firstParty.contains(word) || index.cue("productNouns").contains(word)
                || surfaceIsName(position))
    }

    /// Whether the word at `position` is written with a capital in the sentence (a name such as "Firefox").
    func surfaceIsName(_ position: Int) -> Bool {
        let word = surface[position]
        return SentenceFacts.words(text).contains { $0.lowercased() == word && ($0.first?.isUppercase ?? false) }
            && position > 0
    }

    /// A list item completing a lead-in that denies and opens an exception ("GitHub personnel do
    /// not access private repository content except for" + "if we have reason to believe …"):
    /// the item is a ground of that exception even when it opens with "we" and is read alone.
    /// Emits `commitment-exception` (or the legal kind) by the lead-in's topic, as
    /// `readCommitments` does for a sentence that holds both.
    mutating func readExceptionItem() {
        guard let leadIn = sentence.leadIn, !leadIn.isEmpty,
              !facts.contains(where: { $0.kind.hasPrefix("commitment") }) else { return }
        let lead = index.tokens(leadIn)
        guard let denial = index.negation.matches(in: lead).first,
              let exception = index.restrictors["exception"]?.matches(in: lead).last, exception.start > denial.start,
              lead.count - exception.end <= Self.dangling else { return }
        let combined = lead + tokens
        let topic: String?
        if childrenSection || index.children.contains(combined) { topic = "children" }
        else if index.cue("staffAccess").contains(combined) || index.measures.contains(combined) { topic = "security" }
        else if index.trackers.contains(combined) || index.cue("trackingPractices").contains(combined) { topic = "tracking" }
        else if index.retentionCues.contains(combined) { topic = "retention" }
        else { topic = nil }
        guard let topic else { return }
        let clause = Array(combined[exception.end..<min(combined.count, exception.end + Self.exceptionReach)])
        let legal = index.legalHold.contains(clause) || clause.contains { ["law", "laws", "legally", "legal"].contains($0) }
        add(legal ? "commitment-legal-exception" : "commitment-exception", [topic])
    }

    /// How many words may follow the exception cue at the end of a lead-in ("except for the following").
    static let dangling = 3

    /// How many words may describe the destination between "a" and its noun ("a DNS resolver service").
    static let describedReach = 3
}
