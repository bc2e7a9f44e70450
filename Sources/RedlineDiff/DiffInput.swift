import RedlineParse

/// One version prepared for diffing: each sentence's and heading's normalised form
/// (`MatchText`) and content words. A version sits in two pairs (against the one before it and
/// the one after), so the build prepares it once; prepared `reusing` the version before, it
/// normalises only the texts that version did not have (most of a version is its predecessor
/// word for word). Normalising is a pure function of the text, so what is reused changes
/// nothing but the time.
public struct DiffInput: Sendable {
    public let document: Document

    /// A normalised text and the words its content set is made of (stop words dropped, unless
    /// nothing else is left: what `TokenTable.contentSet` keeps), in order.
    struct Normalised: Sendable {
        var match: MatchText
        var content: [String]

        init(_ text: String) {
            match = MatchText(text)
            let content = match.words.filter { !StopWords.contains($0) }
            self.content = content.isEmpty ? match.words : content
        }
    }

    /// A sentence in reading order; `words` are local ids (into `vocabulary`) of its content words.
    struct Entry: Sendable {
        var sentence: Sentence
        var section: Int
        var match: MatchText
        var words: [Int]
    }

    let entries: [Entry]
    /// Each section's heading: its normalised key and its content words (local ids).
    let headingKeys: [String]
    let headingWords: [[Int]]
    /// Local id → word, ids in order of first appearance (sentences, then headings).
    let vocabulary: [String]
    /// Every text normalised here, for the next version to reuse.
    let known: [String: Normalised]

    public init(_ document: Document, reusing previous: DiffInput? = nil) {
        self.document = document
        var known: [String: Normalised] = [:]
        var localIDs: [String: Int] = [:]
        var vocabulary: [String] = []
        func normalised(_ text: String) -> Normalised {
            if let seen = known[text] { return seen }
            let value = previous?.known[text] ?? Normalised(text)
            known[text] = value
            return value
        }
        func ids(_ words: [String]) -> [Int] {
            words.map { word in
                if let id = localIDs[word] { return id }
                localIDs[word] = vocabulary.count
                vocabulary.append(word)
                return vocabulary.count - 1
            }
        }
        var entries: [Entry] = []
        for (index, section) in document.sections.enumerated() {
            for block in section.blocks {
                for sentence in block.sentences {
                    let value = normalised(sentence.text)
                    entries.append(Entry(sentence: sentence, section: index, match: value.match, words: ids(value.content)))
                }
            }
        }
        let headings = document.sections.map { normalised($0.heading) }
        self.entries = entries
        headingKeys = headings.map(\.match.key)
        headingWords = headings.map { ids($0.content) }
        self.vocabulary = vocabulary
        self.known = known
    }
}

/// Word ids of one pair, given in the order the words first appear (old sentences, new
/// sentences, then headings), so every score and tie-break sees the ids it always saw.
struct PairTokens {
    var table = TokenTable()
    private var oldIDs: [Int]
    private var newIDs: [Int]
    let old: DiffInput
    let new: DiffInput

    init(old: DiffInput, new: DiffInput) {
        self.old = old
        self.new = new
        oldIDs = [Int](repeating: -1, count: old.vocabulary.count)
        newIDs = [Int](repeating: -1, count: new.vocabulary.count)
    }

    /// The sentence items of both versions, with pair ids: sorted and unique.
    mutating func items() -> (old: [SentenceItem], new: [SentenceItem]) {
        let oldItems = old.entries.map { entry in
            SentenceItem(sentence: entry.sentence, section: entry.section, match: entry.match, tokens: set(entry.words, old: true))
        }
        let newItems = new.entries.map { entry in
            SentenceItem(sentence: entry.sentence, section: entry.section, match: entry.match, tokens: set(entry.words, old: false))
        }
        return (oldItems, newItems)
    }

    /// The pair ids of local word ids, sorted and unique.
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
        if isOld {
            if oldIDs[word] < 0 { oldIDs[word] = table.id(old.vocabulary[word]) }
            return oldIDs[word]
        }
        if newIDs[word] < 0 { newIDs[word] = table.id(new.vocabulary[word]) }
        return newIDs[word]
    }
}
