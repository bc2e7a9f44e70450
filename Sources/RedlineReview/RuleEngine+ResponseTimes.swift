import RedlineParse

/// Round 15's comparison (issue 4): the time the company takes to answer a request.
extension RuleEngine {
    /// "We will respond within 45 days at the latest" → "We will respond promptly", or 30 days → 90
    /// days: a deadline for answering the user's requests (`SentenceFacts.readResponseDeadline`)
    /// that the other version neither keeps nor shortens anywhere is lengthened or gone
    /// (domain.md §B.4 `user-rights.exercise-harder`). A deadline restated in another sentence or
    /// section counts as kept (§B.6.2, a move). The quoted sentence must be one the diff changed.
    /// The reverse (a deadline shortened or newly stated) is an expansion.
    func responseDeadlines(old: FactSet, new: FactSet) -> [Candidate] {
        let kind = "response-deadline"
        var result: [Candidate] = []
        for (from, to, direction) in [(old, new, Finding.Direction.reduction), (new, old, .expansion)] {
            let changedFrom = direction == .reduction ? changed.old : changed.new
            for before in from[kind] where changedFrom.contains(before.sentence) {
                let days = before.number ?? 0
                // The same or a shorter deadline stated anywhere in the other version keeps the promise.
                guard !to[kind].contains(where: { ($0.number ?? .infinity) <= days + 0.5 }) else { continue }
                let counterpart = direction == .reduction ? counterpartInNew(before.sentence) : counterpartInOld(before.sentence)
                let after = to[kind].first { $0.sentence == counterpart } ?? to[kind].min { ($0.number ?? 0) < ($1.number ?? 0) }
                let was = Self.describe(days, "retention-period")
                let now = after.map { Self.describe($0.number ?? 0, "retention-period") } ?? "none stated"
                let reduction = direction == .reduction
                result.append(Candidate(rule: "user-rights.exercise-harder", severity: reduction ? .material : .minor, direction: direction,
                                        old: reduction ? before : after, new: reduction ? after : before,
                                        term: reduction ? "response deadline \(was) → \(now)" : "response deadline \(now) → \(was)"))
            }
        }
        return result
    }
}
