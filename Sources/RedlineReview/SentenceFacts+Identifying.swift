/// Round 14: what a denial or a right to know says about data, read more narrowly (domain.md
/// §B.4 sharing.prohibition-lifted, §B.6.4).
extension SentenceFacts {
    /// How far after "your information" its qualifier may start ("your information (information
    /// that personally identifies you, …)").
    static let qualifierReach = 3

    /// The data a sharing denial denies, when each "your information" it names is qualified as
    /// the part that identifies the user: "we do not share your information (information that
    /// personally identifies you, such as your name) with advertisers" denies only identifying
    /// data, so it no longer covers an old "we do not share any of your information with
    /// advertisers" — the rest may now be shared (FTC *Gateway Learning*: a promise narrowed).
    func narrowedToIdentifying(_ denied: [String]) -> [String] {
        guard denied.contains("personal") else { return denied }
        let qualifiers = index.cue("identifyingQualifiers").matches(in: phraseTokens)
        guard !qualifiers.isEmpty else { return denied }
        // Only an explicit "your information (information that …)": a bare "information that
        // personally identifies you" is read as before (all personal data), so a denial reworded
        // around it, or one a PDF line break cut from its examples, changes nothing.
        let general = index.data.matches(in: phraseTokens).filter { $0.id == "personal" }
        let qualified = !general.isEmpty && general.allSatisfy { mention in
            qualifiers.contains { $0.start >= mention.end && $0.start - mention.end <= Self.qualifierReach }
        }
        guard qualified else { return denied }
        return denied.filter { $0 != "personal" } + (denied.contains(RuleEngine.identifyingData) ? [] : [RuleEngine.identifyingData])
    }

    /// "Request to know … the categories of sources from which the information came": a right to
    /// know lists what the user may learn about the company's practices; the sources it names
    /// are no collection the sentence states (subject confusion, domain.md §B.6.4).
    var statesRightToKnow: Bool {
        index.rights.matches(in: phraseTokens).contains { $0.id == "access" && tokens[$0.start..<$0.end].contains("know") }
    }
}
