import RedlineParse

/// Round 15's facts (issue 4): how long the company gives itself to answer a user's request.
extension SentenceFacts {
    /// "We will respond to your request within 30 days": a response word (lexicon
    /// `cueLists.responseVerbs`) about a user's request, complaint or question
    /// (`cueLists.responseObjects`), or with the company as its subject ("we will respond"), and a
    /// period, as `response-deadline` (the longest period the sentence names: an extension it allows
    /// is part of the deadline). `RuleEngine.deadlinesLengthened` compares the versions (domain.md §B.4
    /// `user-rights.exercise-harder`: a longer deadline). A statistics table ("average response
    /// time | 4 days", `cueLists.responseStatistics`) reports past answers, not a promise.
    mutating func readResponseDeadline() {
        let verbs = index.cue("responseVerbs").matches(in: tokens)
        guard !verbs.isEmpty, !text.contains("|"), !index.cue("responseStatistics").contains(tokens) else { return }
        let companyResponds = verbs.contains { verb in
            index.firstParty.matches(in: tokens).contains { $0.end <= verb.start && verb.start - $0.end <= 3 }
        }
        guard companyResponds || index.cue("responseObjects").contains(tokens),
              let longest = quantities.periods(in: text).map(\.value).max() else { return }
        add("response-deadline", ["request"], number: longest)
    }
}
