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
    /// `match.key` with its hash, for the exact-match pass.
    var key: Key

    /// A normalised key hashed once, when its text was normalised: `String` hashing normalises
    /// Unicode again on every lookup. Keys are compared as bytes: `MatchText` keys are NFC.
    struct Key: Hashable {
        var hash: Int
        var text: String

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && DiffInput.same(a.text, b.text) }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        /// A hash of the UTF-8 bytes, eight at a time: deterministic and cheap.
        static func hash(_ text: String) -> Int { Int(truncatingIfNeeded: ByteHash.hash(text)) }
    }
}
