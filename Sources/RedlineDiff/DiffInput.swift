import Foundation
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
        /// `content` sorted and unique: the sentence's word set when the pair shares these ids.
        var set: [Int]
        var keyHash: Int
    }

    /// A sentence in reading order; `words` are ids (into `vocabulary`) of its content words.
    struct Entry: Sendable {
        var sentence: Sentence
        var section: Int
        var match: MatchText
        var words: [Int]
        var set: [Int]
        var keyHash: Int
    }

    let entries: [Entry]
    /// Where each section's entries start (one more: `entries.count`): entries are grouped by
    /// section, in order.
    let sectionStarts: [Int]
    /// Each section's heading: its normalised key and its content words (ids).
    let headingKeys: [String]
    let headingWords: [[Int]]
    /// Word ids of this version and the ones it reused (a reused version's ids are a prefix).
    let vocabulary: Vocabulary
    /// Each section's heading and sentence texts with their normalised forms, for the next
    /// version to reuse: it looks first at the same place in the section of the same slug (a
    /// section keeps its slug when it moves), which is cheaper than hashing every text.
    let sections: [PreparedSection]
    let sectionBySlug: [String: Int]

    struct PreparedSection: Sendable {
        var heading: (text: String, value: Normalised)
        var sentences: [(text: String, value: Normalised)]
    }

    public init(_ document: Document, reusing previous: DiffInput? = nil) {
        self.document = document
        var vocabulary = previous?.vocabulary ?? Vocabulary()
        func normalise(_ text: String) -> Normalised {
            let match = MatchText(text)
            var key = match.key
            let ids = key.withUTF8 { vocabulary.contentIDs(key: $0) }
            return Normalised(match: match, content: ids, set: PairTokens.sortedUnique(ids), keyHash: SentenceItem.Key.hash(match.key))
        }
        // Texts not found in place are looked for elsewhere in the section of the same slug (an
        // insertion shifted them), else normalised. Only a version that moved many texts between
        // sections (renamed, split or merged sections) indexes the previous version's texts by
        // hash, once, and looks the rest up there: for a few edits, indexing every text cost more
        // than normalising the edited ones. Normalising is a pure function of the text, and a text
        // the previous version had has its words' ids already, so how a text is found changes
        // nothing but the time.
        var lookup: [Int: [(text: String, value: Normalised)]]?
        var misses = 0
        func find(_ text: String, near before: PreparedSection?) -> Normalised {
            if let before {
                for known in before.sentences where Self.same(known.text, text) { return known.value }
            }
            guard let previous else { return normalise(text) }
            misses += 1
            if lookup == nil, misses > Self.missesBeforeIndexing {
                var index: [Int: [(text: String, value: Normalised)]] = [:]
                for section in previous.sections {
                    index[SentenceItem.Key.hash(section.heading.text), default: []].append(section.heading)
                    for known in section.sentences { index[SentenceItem.Key.hash(known.text), default: []].append(known) }
                }
                lookup = index
            }
            guard lookup != nil else { return normalise(text) }
            let hash = SentenceItem.Key.hash(text)
            if let known = lookup?[hash]?.first(where: { Self.same($0.text, text) }) { return known.value }
            let value = normalise(text)
            lookup?[hash, default: []].append((text, value))
            return value
        }
        var entries: [Entry] = []
        var sections: [PreparedSection] = []
        var sectionBySlug: [String: Int] = [:]
        var sectionStarts: [Int] = []
        sectionStarts.reserveCapacity(document.sections.count + 1)
        for (index, section) in document.sections.enumerated() {
            sectionStarts.append(entries.count)
            let before = previous.flatMap { previous in previous.sectionBySlug[section.slug].map { previous.sections[$0] } }
            var prepared = PreparedSection(heading: (section.heading, before.flatMap { Self.same($0.heading.text, section.heading) ? $0.heading.value : nil }
                                                        ?? find(section.heading, near: before)), sentences: [])
            var position = 0
            for block in section.blocks {
                for sentence in block.sentences {
                    // Most sentences stand where they stood in the section of the same slug.
                    let normalised: Normalised
                    if let before, position < before.sentences.count, Self.same(before.sentences[position].text, sentence.text) {
                        normalised = before.sentences[position].value
                    } else {
                        normalised = find(sentence.text, near: before)
                    }
                    prepared.sentences.append((sentence.text, normalised))
                    entries.append(Entry(sentence: sentence, section: index, match: normalised.match, words: normalised.content,
                                         set: normalised.set, keyHash: normalised.keyHash))
                    position += 1
                }
            }
            if sectionBySlug[section.slug] == nil { sectionBySlug[section.slug] = index }
            sections.append(prepared)
        }
        sectionStarts.append(entries.count)
        self.entries = entries
        self.sectionStarts = sectionStarts
        headingKeys = sections.map(\.heading.value.match.key)
        headingWords = sections.map(\.heading.value.content)
        self.vocabulary = vocabulary
        self.sections = sections
        self.sectionBySlug = sectionBySlug
    }

    /// Texts of a version missing from their sections of the previous one before the rest are
    /// looked up by hash (see `init`).
    static let missesBeforeIndexing = 8

    /// Byte equality (`==` on `String`s compares Unicode-normalised forms, far slower).
    static func same(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }

    /// Words by id, ids in order of first use; a version prepared from another extends its list.
    struct Vocabulary: Sendable {
        private(set) var words: [String] = []
        /// Ids by the word's NFC bytes, so that two words get one id exactly when they are equal `String`s.
        private var ids = ByteKeyTable(capacity: 1024)

        mutating func id(_ word: String) -> Int {
            var word = word
            return word.withUTF8 { id($0) }
        }

        mutating func id(_ word: UnsafeBufferPointer<UInt8>) -> Int { id(word, isNFC: ScalarTable.isNFC(word)) }

        /// `isNFC`: the word's bytes are known to be NFC (an ASCII key's words are).
        mutating func id(_ word: UnsafeBufferPointer<UInt8>, isNFC: Bool) -> Int {
            let found: (id: Int, isNew: Bool)
            if isNFC {
                found = ids.insert(word)
            } else {
                var nfc = String(decoding: word, as: UTF8.self).precomposedStringWithCanonicalMapping
                found = nfc.withUTF8 { ids.insert($0) }
            }
            if found.isNew { words.append(String(decoding: word, as: UTF8.self)) }
            return found.id
        }

        /// The ids of a `MatchText` key's content words: its words without stop words (all of
        /// them when nothing else is left), in order.
        mutating func contentIDs(key: UnsafeBufferPointer<UInt8>) -> [Int] {
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(key.count / 4 + 1)
            // Whether each word is a stop word, asked once.
            var stops: [Bool] = []
            stops.reserveCapacity(key.count / 4 + 1)
            var content = 0
            var ascii = true
            var start = 0
            while start < key.count, key[start] != 0x7C {  // " |" starts the marks
                var end = start
                while end < key.count, key[end] != 0x20 {
                    if key[end] >= 0x80 { ascii = false }
                    end += 1
                }
                ranges.append(start..<end)
                let stop = StopWords.contains(UnsafeBufferPointer(rebasing: key[start..<end]))
                stops.append(stop)
                if !stop { content += 1 }
                start = end + 1
            }
            var result: [Int] = []
            result.reserveCapacity(content == 0 ? ranges.count : content)
            for (range, stop) in zip(ranges, stops) where content == 0 || !stop {
                let word = UnsafeBufferPointer(rebasing: key[range])
                // ASCII is NFC: the per-word check is only for keys with other scalars.
                result.append(ascii ? id(word, isNFC: true) : id(word))
            }
            return result
        }

        /// Whether every id of `self` means the same word in `other`.
        func isPrefix(of other: Vocabulary) -> Bool {
            words.count <= other.words.count && zip(words, other.words).allSatisfy { $0 == $1 }
        }
    }
}

/// Word ids of one pair. When one version was prepared from the other (or both from a third),
/// they already share ids and each sentence's set is ready; otherwise ids are given in the order
/// the words first appear (old sentences, new sentences, then headings), as they always were.
/// Only the section profiles' floating-point sums depend on the order of ids: they add in
/// `rank` order, the order of first appearance in either case, so every score is the same.
struct PairTokens {
    let old: DiffInput
    let new: DiffInput
    /// Both versions use the same word ids.
    let shared: Bool
    private var oldIDs: [Int]
    private var newIDs: [Int]
    private var next = 0
    /// Pair ids by word, when the versions' ids differ.
    private var table: [String: Int] = [:]

    init(old: DiffInput, new: DiffInput) {
        self.old = old
        self.new = new
        shared = old.vocabulary.isPrefix(of: new.vocabulary)
        oldIDs = [Int](repeating: -1, count: shared ? 0 : old.vocabulary.words.count)
        newIDs = [Int](repeating: -1, count: shared ? 0 : new.vocabulary.words.count)
    }

    /// The sentence items of both versions, their word sets sorted and unique.
    mutating func items() -> (old: [SentenceItem], new: [SentenceItem]) {
        func item(_ entry: DiffInput.Entry, _ tokens: [Int]) -> SentenceItem {
            SentenceItem(sentence: entry.sentence, section: entry.section, match: entry.match, tokens: tokens,
                         key: SentenceItem.Key(hash: entry.keyHash, text: entry.match.key))
        }
        if shared { return (old.entries.map { item($0, $0.set) }, new.entries.map { item($0, $0.set) }) }
        let oldItems = old.entries.map { item($0, set($0.words, old: true)) }
        let newItems = new.entries.map { item($0, set($0.words, old: false)) }
        return (oldItems, newItems)
    }

    /// The items of the sections not skipped (`UnchangedSections`), in the versions' shared ids.
    func items(skippingOld skippedOld: [Bool], new skippedNew: [Bool]) -> (old: [SentenceItem], new: [SentenceItem]) {
        func items(_ input: DiffInput, _ skipped: [Bool]) -> [SentenceItem] {
            var result: [SentenceItem] = []
            result.reserveCapacity(input.entries.count)
            for section in skipped.indices where !skipped[section] {
                for entry in input.entries[input.sectionStarts[section]..<input.sectionStarts[section + 1]] {
                    result.append(SentenceItem(sentence: entry.sentence, section: entry.section, match: entry.match, tokens: entry.set,
                                               key: SentenceItem.Key(hash: entry.keyHash, text: entry.match.key)))
                }
            }
            return result
        }
        return (items(old, skippedOld), items(new, skippedNew))
    }

    /// A heading's word set, in the ids of the items.
    mutating func heading(_ words: [Int], old isOld: Bool) -> [Int] {
        shared ? Self.sortedUnique(words) : set(words, old: isOld)
    }

    /// Item id → its place in the order of first appearance over the old, then the new sentences.
    func ranks() -> [Int] {
        guard shared else { return Array(0..<next) }
        var rank = [Int](repeating: -1, count: new.vocabulary.words.count)
        var count = 0
        for entry in old.entries + new.entries {
            for word in entry.words where rank[word] < 0 {
                rank[word] = count
                count += 1
            }
        }
        return rank
    }

    /// The pair ids of word ids, sorted and unique (versions with different ids).
    private mutating func set(_ words: [Int], old isOld: Bool) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(words.count)
        for word in words { result.append(id(word, old: isOld)) }
        return Self.sortedUnique(result)
    }

    static func sortedUnique(_ values: [Int]) -> [Int] {
        let sorted = values.sorted()
        var unique: [Int] = []
        unique.reserveCapacity(sorted.count)
        for value in sorted where unique.last != value { unique.append(value) }
        return unique
    }

    private mutating func id(_ word: Int, old isOld: Bool) -> Int {
        if isOld {
            if oldIDs[word] < 0 { oldIDs[word] = tableID(old.vocabulary.words[word]) }
            return oldIDs[word]
        }
        if newIDs[word] < 0 { newIDs[word] = tableID(new.vocabulary.words[word]) }
        return newIDs[word]
    }

    private mutating func tableID(_ word: String) -> Int {
        if let id = table[word] { return id }
        table[word] = table.count
        next = table.count
        return table.count - 1
    }
}
