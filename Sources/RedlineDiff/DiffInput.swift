import RedlineParse

/// One version prepared for diffing: each sentence's and heading's normalised form
/// (`MatchText`) and content words. A version sits in two pairs (against the one before it and
/// the one after), so the build prepares it once; prepared `reusing` the version before, it
/// normalises only the texts that version did not have (most of a version is its predecessor
/// word for word) and extends its word ids. Normalising is a pure function of the text, so what
/// is reused changes nothing but the time.
public struct DiffInput: Sendable {
    public let document: Document

    /// A normalised text and the ids of the words its content set is made of (stop words
    /// dropped, unless nothing else is left), in order.
    struct Normalised: Sendable {
        var match: MatchText
        var content: [Int]
        var keyHash: Int
    }

    /// A sentence in reading order; `words` are ids (into `vocabulary`) of its content words.
    struct Entry: Sendable {
        var sentence: Sentence
        var section: Int
        var match: MatchText
        var words: [Int]
        var keyHash: Int
    }

    let entries: [Entry]
    /// Each section's heading: its normalised key and its content words (ids).
    let headingKeys: [String]
    let headingWords: [[Int]]
    /// Word ids of this version and the ones it reused (a reused version's ids are a prefix).
    let vocabulary: Vocabulary
    /// Every text normalised here, for the next version to reuse.
    let known: [TextKey: Normalised]

    public init(_ document: Document, reusing previous: DiffInput? = nil) {
        self.document = document
        var known: [TextKey: Normalised] = [:]
        var vocabulary = previous?.vocabulary ?? Vocabulary()
        func normalised(_ text: String) -> Normalised {
            let key = TextKey(text)
            if let seen = known[key] ?? previous?.known[key] {
                known[key] = seen
                return seen
            }
            let match = MatchText(text)
            let content = match.words.filter { !StopWords.contains($0) }
            let value = Normalised(match: match, content: (content.isEmpty ? match.words : content).map { vocabulary.id($0) },
                                   keyHash: SentenceItem.Key.hash(match.key))
            known[key] = value
            return value
        }
        var entries: [Entry] = []
        for (index, section) in document.sections.enumerated() {
            for block in section.blocks {
                for sentence in block.sentences {
                    let value = normalised(sentence.text)
                    entries.append(Entry(sentence: sentence, section: index, match: value.match, words: value.content, keyHash: value.keyHash))
                }
            }
        }
        let headings = document.sections.map { normalised($0.heading) }
        self.entries = entries
        headingKeys = headings.map(\.match.key)
        headingWords = headings.map(\.content)
        self.vocabulary = vocabulary
        self.known = known
    }

    /// Words by id, ids in order of first use; a version prepared from another extends its list.
    struct Vocabulary: Sendable {
        private(set) var words: [String] = []
        private var ids: [String: Int] = [:]

        mutating func id(_ word: String) -> Int {
            if let id = ids[word] { return id }
            ids[word] = words.count
            words.append(word)
            return words.count - 1
        }

        /// Whether every id of `self` means the same word in `other`.
        func isPrefix(of other: Vocabulary) -> Bool {
            words.count <= other.words.count && zip(words, other.words).allSatisfy { $0 == $1 }
        }
    }

    /// A text as a dictionary key compared byte for byte: `String` hashing normalises every
    /// text first, which cost more than the lookups saved. (Texts that differ in bytes but not
    /// in Unicode equivalence are normalised separately, to the same result.)
    struct TextKey: Hashable, Sendable {
        let text: String

        init(_ text: String) { self.text = text }

        static func == (a: TextKey, b: TextKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}

/// Word ids of one pair, given in the order the words first appear (old sentences, new
/// sentences, then headings), so every score and tie-break sees the ids it always saw.
struct PairTokens {
    let old: DiffInput
    let new: DiffInput
    /// Both versions use the same word ids (one was prepared from the other, or both from a third).
    private let shared: Bool
    private var oldIDs: [Int]
    private var newIDs: [Int]
    private var next = 0
    /// Pair ids by word, when the versions' ids differ.
    private var table: [String: Int] = [:]

    init(old: DiffInput, new: DiffInput) {
        self.old = old
        self.new = new
        shared = old.vocabulary.isPrefix(of: new.vocabulary)
        oldIDs = [Int](repeating: -1, count: shared ? new.vocabulary.words.count : old.vocabulary.words.count)
        newIDs = shared ? [] : [Int](repeating: -1, count: new.vocabulary.words.count)
    }

    /// The sentence items of both versions, with pair ids: sorted and unique.
    mutating func items() -> (old: [SentenceItem], new: [SentenceItem]) {
        let oldItems = old.entries.map { entry in
            SentenceItem(sentence: entry.sentence, section: entry.section, match: entry.match, tokens: set(entry.words, old: true),
                         key: SentenceItem.Key(hash: entry.keyHash, text: entry.match.key))
        }
        let newItems = new.entries.map { entry in
            SentenceItem(sentence: entry.sentence, section: entry.section, match: entry.match, tokens: set(entry.words, old: false),
                         key: SentenceItem.Key(hash: entry.keyHash, text: entry.match.key))
        }
        return (oldItems, newItems)
    }

    /// The pair ids of word ids, sorted and unique.
    mutating func set(_ words: [Int], old isOld: Bool) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(words.count)
        for word in words { result.append(id(word, old: isOld)) }
        result.sort()
        var unique: [Int] = []
        unique.reserveCapacity(result.count)
        for value in result where unique.last != value { unique.append(value) }
        return unique
    }

    mutating func id(_ word: Int, old isOld: Bool) -> Int {
        if shared || isOld {
            if oldIDs[word] < 0 { oldIDs[word] = shared ? fresh() : tableID(old.vocabulary.words[word]) }
            return oldIDs[word]
        }
        if newIDs[word] < 0 { newIDs[word] = tableID(new.vocabulary.words[word]) }
        return newIDs[word]
    }

    private mutating func fresh() -> Int {
        next += 1
        return next - 1
    }

    private mutating func tableID(_ word: String) -> Int {
        if let id = table[word] { return id }
        table[word] = table.count
        return table.count - 1
    }
}
