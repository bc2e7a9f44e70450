import RedlineParse

/// Round 15's comparison (issue 4): a deadline the company set itself, lengthened or gone.
extension RuleEngine {
    /// The deadlines compared: the facts that state one (any of them keeps it) and the rule a
    /// lengthened or dropped one breaks (domain.md §B.4: `user-rights.exercise-harder`, "longer
    /// deadline"; `retention.deletion-weakened`, a deletion commitment weakened).
    static let deadlines: [(kinds: [String], rule: String, label: String)] = [
        (["response-deadline"], "user-rights.exercise-harder", "response deadline"),
        (["deletion-deadline", "deletion-start"], "retention.deletion-weakened", "deletion within"),
    ]

    /// "We will respond within 45 days at the latest" → "We will respond promptly"; "we will delete
    /// your profile within 30 days" → "as long as your account is active": a deadline in a sentence
    /// the diff changed (`SentenceFacts.readResponseDeadline`, `readDeletionStart`) that the other
    /// version neither keeps nor shortens anywhere is lengthened or gone. A deadline restated in
    /// another sentence or section counts as kept (§B.6.2, a move); a deletion deadline that now
    /// bounds only the start is `deletionDeadlinesWeakened`'s. The reverse is an expansion.
    func deadlinesLengthened(old: FactSet, new: FactSet) -> [Candidate] {
        var result: [Candidate] = []
        for deadline in Self.deadlines {
            for (from, to, direction) in [(old, new, Finding.Direction.reduction), (new, old, .expansion)] {
                let changedFrom = direction == .reduction ? changed.old : changed.new
                let stated = deadline.kinds.flatMap { to[$0] }.filter { $0.number != nil }
                for before in deadline.kinds.flatMap({ from[$0] }) where changedFrom.contains(before.sentence) && !Self.isStatistics(before.sentence, index) {
                    guard let days = before.number, !stated.contains(where: { ($0.number ?? .infinity) <= days + 0.5 }) else { continue }
                    let counterpart = direction == .reduction ? counterpartInNew(before.sentence) : counterpartInOld(before.sentence)
                    // A longer period elsewhere may bound something else (trash, not the account):
                    // lengthened only in the aligned sentence, gone only when none is stated at all.
                    let after = stated.first { $0.sentence == counterpart }
                    guard after != nil || stated.isEmpty else { continue }
                    let was = Self.describe(days, "retention-period")
                    let now = after.map { Self.describe($0.number ?? 0, "retention-period") } ?? "none stated"
                    let reduction = direction == .reduction
                    result.append(Candidate(rule: deadline.rule, severity: reduction ? .material : .minor, direction: direction,
                                            old: reduction ? before : after, new: reduction ? after : before,
                                            term: reduction ? "\(deadline.label) \(was) → \(now)" : "\(deadline.label) \(now) → \(was)"))
                    break
                }
            }
        }
        return result
    }

    /// A table of past answers ("Right to delete | received | complied | average … 16 days"): a
    /// report, not a promise (§B.6.8; `cueLists.responseStatistics`).
    static func isStatistics(_ sentence: Sentence, _ index: LexiconIndex) -> Bool {
        index.cue("responseStatistics").contains(index.tokens(sentence.text))
    }
}
