import RedlineParse

/// Round 13's facts (issue 4): sharing gated on the user turning a feature on, and a deletion
/// deadline that bounds only the start of deletion.
extension SentenceFacts {
    mutating func readGates() {
        readGatedFlows()
        readDeletionStart()
    }

    /// Whether the sentence, read with its list lead-in, gates what it says on the user turning a
    /// feature on (lexicon `cueLists.optInFeatureCues`: "If you choose to enable Smarter
    /// Suggestions, Firefox shares the following information: …"). An item with a subject of its
    /// own is read without its lead-in (`StatementExtractor.readingText`), but the lead-in's
    /// condition still governs it.
    var optInGated: Bool {
        index.cue("optInFeatureCues").contains(index.tokens([sentence.leadIn, sentence.text].compactMap { $0 }.joined(separator: " ")))
    }

    /// The flows (`recipient|data`, as `readFlows` reads them) of a sentence gated on the user
    /// turning a feature on, as `gated-flow` facts: `RuleEngine.gatesDropped` compares them with
    /// the same flow stated with no gate (opt-in → on for everyone, domain.md §B.4
    /// `choice-opt-out.opt-in-to-opt-out`). A flow the user starts ("if you choose to share") names
    /// no recipient here either; the gate must be a feature's.
    mutating func readGatedFlows() {
        guard optInGated, !sharesDeidentifiedData, !has(index.legalHold) else { return }
        for statement in statements where !statement.negated && ["share", "sell"].contains(statement.action) && statement.actor != .user {
            let data = statement.data.isEmpty ? [RuleEngine.unnamedData] : statement.data.filter { !locallyNegatedData.contains($0) }
            for recipient in statement.recipients where recipient != "public" {
                for item in data { facts.append(Fact("gated-flow", "\(recipient)\(Self.flowSeparator)\(item)", sentence, term: phraseByID[item] ?? item)) }
            }
        }
    }

    /// "Our purge script commences the deletion process within 90 days": a period in a deletion
    /// sentence whose deletion word stands beside a start verb (lexicon `cueLists.deletionStarts`:
    /// "commences the deletion", "begin deleting", "deletion starts") bounds when deletion starts,
    /// not when it is done ("it may take up to 90 days … to complete deletion"). A sentence that
    /// also says when deletion completes (`cueLists.deletionCompletions`) still bounds the end, and
    /// a start verb away from the deletion word ("the 90-day period begins") is no start of deletion.
    /// Compared between aligned sentences by `RuleEngine.deletionDeadlinesWeakened`.
    mutating func readDeletionStart() {
        let deletion = index.cue("deletionWords").matches(in: phraseTokens)
        guard !deletion.isEmpty, let longest = quantities.periods(in: text).map(\.value).max(), !has(index.changeContext) else { return }
        let startsDeletion = index.cue("deletionStarts").matches(in: phraseTokens).contains { start in
            deletion.contains { $0.start >= start.end && $0.start <= start.end + 2 || $0.end == start.start }
        }
        let starts = startsDeletion && !index.cue("deletionCompletions").contains(phraseTokens)
        // Round 15: the longest period, for `RuleEngine.deadlinesLengthened`.
        add(starts ? "deletion-start" : "deletion-deadline", ["deletion"], number: longest)
    }
}
