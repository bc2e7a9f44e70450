/// Round 8 (issue 4): absolute commitments of any topic ("No Basecamp human looks at your data",
/// "we never track you across sites"), read so that an exception cut into one can be found
/// between aligned sentences (`RuleEngine.commitmentExceptions`).
extension SentenceFacts {
    /// A sentence that denies something ("no", "never", "not") about a topic the catalogue
    /// protects: `commitment` when it carries no exception, `commitment-exception` when an
    /// exception cue ("unless", "except", "other than") follows the denial, and
    /// `commitment-legal-exception` when that exception only restates a legal duty ("unless
    /// required by law": domain.md §B.6 trap 7, a legally mandated carve-out).
    mutating func readCommitments() {
        guard let denial = index.negation.matches(in: phraseTokens).first, let topic = commitmentTopic else { return }
        let exception = index.restrictors["exception"]?.matches(in: phraseTokens).first { $0.start > denial.start }
        guard let exception else {
            if !(index.restrictors["exception"]?.contains(phraseTokens) ?? false) { add("commitment", [topic]) }
            return
        }
        // "No human reads your messages unless you ask us to": the user's own choice is no hole.
        if exceptionsAreTheUsersChoice { return }
        let clause = Array(tokens[exception.end..<min(tokens.count, exception.end + Self.exceptionReach)])
        let legal = index.legalHold.contains(clause) || clause.contains { ["law", "laws", "legally", "legal"].contains($0) }
        add(legal ? "commitment-legal-exception" : "commitment-exception", [topic])
    }

    /// What an absolute commitment protects, most specific first: children, who may look at the
    /// data (staff access, lexicon `cueLists.staffAccess`, and security measures), tracking, and
    /// retention. Sharing and collection are read from statements (`readDefaultsAndPromises`).
    var commitmentTopic: String? {
        if childrenSection || has(index.children) { return "children" }
        if has(index.cue("staffAccess")) || has(index.measures) { return "security" }
        if has(index.trackers) || has(index.cue("trackingPractices")) { return "tracking" }
        if has(index.retentionCues) { return "retention" }
        return nil
    }

    /// How far after the exception cue a legal duty may stand ("unless we are required to do so by law").
    static let exceptionReach = 10
}
