import RedlineParse

/// Round 15's facts (issue 4): a promise to collect no more than the service needs.
extension SentenceFacts {
    /// "We only collect the minimum amount of personal data necessary", "we strive to collect only
    /// what we need": a collection verb with a minimisation phrase (lexicon
    /// `cueLists.minimisationCues`) limits all collection, as a denial does beyond it (GDPR Art.
    /// 5(1)(c)). Read as `minimisation`; `RuleEngine.minimisationDropped` compares the versions.
    /// "We only require the minimum …" limits what the user must give, not what is collected.
    mutating func readMinimisation() {
        guard index.cue("minimisationCues").contains(tokens), index.verbs["collect"]?.contains(tokens) ?? false else { return }
        add("minimisation", ["collection"])
    }
}
