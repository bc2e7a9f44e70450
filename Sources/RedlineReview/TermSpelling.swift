/// A finding's term as the policy wrote it. Rules match lexicon phrases on `TextTokens`, which are
/// lower-cased and split at every apostrophe, so the phrase they keep for the explanation reads
/// "comparing your friend s pictures" or "google analytics"; counsel should see the sentence's own
/// words ("comparing your friend's pictures", "Google Analytics").
enum TermSpelling {
    /// The span of `texts` (tried in order) whose words are `term`'s words, as written there; `term`
    /// itself when it is not a plain run of words (a list of recipients, a contraction the tokens
    /// expanded) or no quoted sentence holds it.
    static func asWritten(_ term: String, in texts: [String?]) -> String {
        let words = term.split(separator: " ", omittingEmptySubsequences: false)
        guard !words.isEmpty, words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isWordCharacter) }) else { return term }
        for case let text? in texts {
            let runs = wordRuns(text)
            guard runs.count >= words.count else { continue }
            for start in 0...(runs.count - words.count) {
                let matches = words.indices.allSatisfy { text[runs[start + $0]].lowercased() == words[$0] }
                if matches { return String(text[runs[start].lowerBound..<runs[start + words.count - 1].upperBound]) }
            }
        }
        return term
    }

    /// The ranges of the maximal runs of word characters, as `TextTokens` splits them.
    static func wordRuns(_ text: String) -> [Range<String.Index>] {
        var runs: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if isWordCharacter(text[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                runs.append(begun..<index)
                start = nil
            }
            index = next
        }
        if let begun = start { runs.append(begun..<text.endIndex) }
        return runs
    }

    /// A letter or digit; the modifier letter apostrophe ("donʼt") counts as the apostrophe it stands for.
    static func isWordCharacter(_ character: Character) -> Bool {
        character != "ʼ" && (character.isLetter || character.isNumber)
    }
}
