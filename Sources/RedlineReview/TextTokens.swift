import RedlineDiff

/// A sentence reduced to comparable tokens: lower-cased, contractions expanded, punctuation
/// dropped except clause boundaries ("|"), plurals folded ("advertisers" → "advertiser").
struct TextTokens: Sendable, Equatable {
    var tokens: [String]
    /// The same tokens before plural folding, for quoting a term back ("cookies", not "cooky").
    var surface: [String]

    /// Clause boundaries survive as this token so that subject and negation searches stop there.
    static let boundary = "|"

    init(tokens: [String], surface: [String]) {
        self.tokens = tokens
        self.surface = surface
    }

    /// `bytePath: false` forces the general path (tests compare the two).
    init(_ text: String, contractions: [String: String], bytePath: Bool = true) {
        if bytePath, let fast = TextTokens.ascii(text, contractions: contractions) {
            self = fast
            return
        }
        var lowered = text.lowercased()
            .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
            // A modifier letter apostrophe (PDF extractions: "donʼt", "Facebookʼs") is an apostrophe,
            // not a letter that glues "don" and "t" into a word no negation cue matches.
            .replacingOccurrences(of: "ʼ", with: "'")
            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&aposs", with: "'s")
            .replacingOccurrences(of: "&apos", with: "'")
            .replacingOccurrences(of: "ﬁ", with: "fi").replacingOccurrences(of: "ﬂ", with: "fl")
            .replacingOccurrences(of: "ﬀ", with: "ff").replacingOccurrences(of: "ﬃ", with: "ffi").replacingOccurrences(of: "ﬄ", with: "ffl")
        // Longest contractions first so "won't" is not read as "wo" + "n't".
        for (from, to) in contractions.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) }) {
            lowered = lowered.replacingOccurrences(of: from, with: " " + to + " ")
        }
        var result: [String] = []
        var surface: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty {
                result.append(TextTokens.stem(current))
                surface.append(current)
            }
            current = ""
        }
        for character in lowered {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                flush()
                if ";:.!?()".contains(character), result.last != TextTokens.boundary {
                    result.append(TextTokens.boundary)
                    surface.append(TextTokens.boundary)
                }
            }
        }
        flush()
        tokens = result
        self.surface = surface
    }

    /// A light plural fold: enough for lexicon terms to match singular and plural alike.
    static func stem(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    /// The content words, for similarity between sentences.
    var wordSet: Set<String> { Set(tokens.filter { $0 != TextTokens.boundary && $0.count > 2 }) }
}

/// Finds lexicon phrases in token sequences, indexed by first token so a sentence is scanned once.
struct PhraseMatcher: Sendable {
    struct Match: Sendable, Equatable {
        var id: String
        var start: Int
        var end: Int
    }

    /// Phrases by first token: `first` gives the token's id (by bytes: hashing `String`s
    /// normalises them, which cost more than the rest of the review), `phrases` its phrases,
    /// each with its tokens' ids in `words`.
    private var first = ByteKeyTable()
    private var phrases: [[(tokens: [String], words: [Int32], id: String)]] = []
    /// The phrase words this matcher's ids are in, and the key into `phrases` of each word id
    /// (−1: no phrase starts with it).
    private let words: PhraseWords
    private var firstByWord: [Int32] = []

    /// `words`: the lexicon's phrase words (shared by its matchers, so that a sentence's tokens
    /// are looked up once for all of them).
    init(_ entries: [(id: String, terms: [String])], contractions: [String: String], words: PhraseWords = PhraseWords()) {
        self.words = words
        for entry in entries {
            for term in entry.terms {
                let tokens = TextTokens(term, contractions: contractions).tokens.filter { $0 != TextTokens.boundary }
                guard let head = tokens.first else { continue }
                let key = first.insert(head)
                if key.isNew { phrases.append([]) }
                phrases[key.id].append((tokens, tokens.map(words.insert), entry.id))
            }
        }
        // Longest phrase first, so the most specific term wins at a position.
        for key in phrases.indices { phrases[key].sort { ($0.tokens.count, $0.id) > ($1.tokens.count, $1.id) } }
        firstByWord = [Int32](repeating: -1, count: words.count)
        for (key, group) in phrases.enumerated() { firstByWord[Int(group[0].words[0])] = Int32(key) }
    }

    init(terms: [String], id: String, contractions: [String: String], words: PhraseWords = PhraseWords()) {
        self.init([(id, terms)], contractions: contractions, words: words)
    }

    /// Every match, at most one per start position (the longest).
    func matches(in tokens: [String]) -> [Match] {
        var found: [Match] = []
        for start in tokens.indices {
            guard let key = first.id(of: tokens[start]) else { continue }
            for candidate in phrases[key] where start + candidate.tokens.count <= tokens.count {
                if (1..<candidate.tokens.count).allSatisfy({ tokens[start + $0] == candidate.tokens[$0] }) {
                    found.append(Match(id: candidate.id, start: start, end: start + candidate.tokens.count))
                    break
                }
            }
        }
        return found
    }

    /// `matches(in: sentence.tokens)`, on the tokens' word ids: a token is a phrase's word
    /// exactly when their ids are equal (both are ids of NFC bytes in one table, and a token in
    /// no phrase has none), so the matches are the same.
    func matches(in sentence: PhraseTokens) -> [Match] {
        guard sentence.words === words else { return matches(in: sentence.tokens) }
        var found: [Match] = []
        let ids = sentence.ids
        for start in ids.indices {
            let word = Int(ids[start])
            guard word >= 0, word < firstByWord.count else { continue }
            let key = Int(firstByWord[word])
            guard key >= 0 else { continue }
            for candidate in phrases[key] where start + candidate.words.count <= ids.count {
                if (1..<candidate.words.count).allSatisfy({ ids[start + $0] == candidate.words[$0] }) {
                    found.append(Match(id: candidate.id, start: start, end: start + candidate.words.count))
                    break
                }
            }
        }
        return found
    }

    func ids(in tokens: [String]) -> [String] { Self.unique(matches(in: tokens)) }

    func ids(in sentence: PhraseTokens) -> [String] { Self.unique(matches(in: sentence)) }

    private static func unique(_ matches: [Match]) -> [String] {
        var seen: [String] = []
        for match in matches where !seen.contains(match.id) { seen.append(match.id) }
        return seen
    }

    func contains(_ tokens: [String]) -> Bool { !matches(in: tokens).isEmpty }

    func contains(_ sentence: PhraseTokens) -> Bool { !matches(in: sentence).isEmpty }
}

/// Ids of the words of a lexicon's phrases, one table for all its matchers. Filled while the
/// lexicon's index is built, read-only after (hence `@unchecked Sendable`).
final class PhraseWords: @unchecked Sendable {
    private var table = ByteKeyTable()

    var count: Int { table.count }

    /// The word's id, added when new.
    func insert(_ word: String) -> Int32 { Int32(table.insert(word).id) }

    /// The tokens with their word ids.
    func tokens(_ tokens: [String]) -> PhraseTokens {
        PhraseTokens(tokens: tokens, ids: tokens.map { token in table.id(of: token).map(Int32.init) ?? -1 }, words: self)
    }
}

/// A sentence's tokens and their ids among a lexicon's phrase words (−1: in no phrase).
struct PhraseTokens {
    let tokens: [String]
    let ids: [Int32]
    let words: PhraseWords
}
