import RedlineDiff
import RedlineParse

/// The sentences the diff marks as added, deleted, edited or moved (a move into another section
/// can change whom a right is granted to). A rule
/// that compares sets across the whole document quotes one of these when it can, so the quote
/// shows the change rather than the first, untouched, mention of the term.
struct ChangedSentences: Sendable {
    var old: Set<Sentence> = []
    var new: Set<Sentence> = []

    init(old: Set<Sentence> = [], new: Set<Sentence> = []) {
        self.old = old
        self.new = new
    }

    init(_ diff: PolicyDiff) {
        for change in diff.sections.flatMap(\.sentences) where change.status != .unchanged {
            if let o = change.old { old.insert(o) }
            if let n = change.new { new.insert(n) }
            // A split or merge holds the separate sentences, which are what the facts were read from.
            guard let join = change.join else { continue }
            if join.kind == .merged { old.formUnion(join.parts) } else { new.formUnion(join.parts) }
        }
    }

    /// Whether the sentence a fact was read from changed on its side (`inOld` for the old version).
    func contains(_ sentence: Sentence, inOld: Bool) -> Bool {
        inOld ? old.contains(sentence) : new.contains(sentence)
    }
}
