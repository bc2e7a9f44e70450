import RedlineParse

/// A sentence with what matching needs: its section, its place in reading order, its normalised
/// form and its content words as ids of the pair (`PairTokens`).
struct SentenceItem {
    var sentence: Sentence
    /// Index of its section in the document.
    var section: Int
    var match: MatchText
    /// Content word ids, sorted and unique.
    var tokens: [Int]
}
