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
    /// normalises them, which cost more than the rest of the review), `phrases` its phrases.
    private var first = ByteKeyTable()
    private var phrases: [[(tokens: [String], id: String)]] = []

    init(_ entries: [(id: String, terms: [String])], contractions: [String: String]) {
        for entry in entries {
            for term in entry.terms {
                let tokens = TextTokens(term, contractions: contractions).tokens.filter { $0 != TextTokens.boundary }
                guard let head = tokens.first else { continue }
                let key = first.insert(head)
                if key.isNew { phrases.append([]) }
                phrases[key.id].append((tokens, entry.id))
            }
        }
        // Longest phrase first, so the most specific term wins at a position.
        for key in phrases.indices { phrases[key].sort { ($0.tokens.count, $0.id) > ($1.tokens.count, $1.id) } }
    }

    init(terms: [String], id: String, contractions: [String: String]) {
        self.init([(id, terms)], contractions: contractions)
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

    func ids(in tokens: [String]) -> [String] {
        var seen: [String] = []
        for match in matches(in: tokens) where !seen.contains(match.id) { seen.append(match.id) }
        return seen
    }

    func contains(_ tokens: [String]) -> Bool { !matches(in: tokens).isEmpty }
}
