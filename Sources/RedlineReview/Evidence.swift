import RedlineDiff
import RedlineParse

/// Finds the sentence on the other side of a change, to quote beside the one a rule read.
/// The diff's sentence pairs come first; without them (an empty diff, an unmatched sentence)
/// the most similar sentence, preferably in the corresponding section, stands in.
struct Evidence {
    let old: Document
    let new: Document
    let contractions: [String: String]
    private var newFor: [Sentence: Sentence] = [:]
    private var oldFor: [Sentence: Sentence] = [:]
    private var newSlugFor: [String: String] = [:]
    private var oldSlugFor: [String: String] = [:]
    /// Each sentence's `TextTokens.wordSet`, in `document.sentences` order, when prepared (`ReviewInput`).
    var wordSets: (old: [Set<String>], new: [Set<String>])?
    /// Each version's `ReviewInput.documentWords`, when prepared.
    var documentWords: (old: Set<String>, new: Set<String>)?
    /// What `mostSimilar` found and read, kept for the rest of the review (shared by the copies
    /// the rules hold): the rules ask for the same sentences' counterparts again and again.
    private let memo = Memo()

    /// Below this word overlap two sentences are not taken as versions of each other.
    static let sameSection = 0.5
    static let anywhere = 0.6

    init(old: Document, new: Document, diff: PolicyDiff, contractions: [String: String]) {
        self.old = old
        self.new = new
        self.contractions = contractions
        let pairs = diff.sections.reduce(0) { $0 + $1.sentences.count }
        newFor.reserveCapacity(pairs)
        oldFor.reserveCapacity(pairs)
        for section in diff.sections {
            if let o = section.oldSlug, let n = section.newSlug {
                newSlugFor[o] = n
                oldSlugFor[n] = o
            }
            for change in section.sentences {
                guard let o = change.old, let n = change.new else { continue }
                newFor[o] = n
                oldFor[n] = o
            }
        }
    }

    func counterpartInNew(_ sentence: Sentence) -> Sentence? {
        if let paired = newFor[sentence] { return paired }
        if let found = memo.inNew[sentence] { return found }
        let found = mostSimilar(to: sentence, in: new, inOld: false, section: newSlugFor[sentence.section] ?? sentence.section)
        memo.inNew[sentence] = .some(found)
        return found
    }

    func counterpartInOld(_ sentence: Sentence) -> Sentence? {
        if let paired = oldFor[sentence] { return paired }
        if let found = memo.inOld[sentence] { return found }
        let found = mostSimilar(to: sentence, in: old, inOld: true, section: oldSlugFor[sentence.section] ?? sentence.section)
        memo.inOld[sentence] = .some(found)
        return found
    }

    /// Every word the old (`inOld`) or the new version mentions (`LexiconIndex.words(in:)`),
    /// gathered once per version when the versions were prepared.
    func words(inOld: Bool, index: LexiconIndex) -> Set<String> {
        if let documentWords { return inOld ? documentWords.old : documentWords.new }
        return index.words(in: inOld ? old : new)
    }

    /// The new-version section a finding about an old sentence belongs to.
    func newSection(forOld slug: String) -> String {
        if let mapped = newSlugFor[slug] { return mapped }
        return slug
    }

    /// Whether a new section has a counterpart in the old version (aligned by the diff, or the same slug).
    func hasOldCounterpart(newSection slug: String) -> Bool {
        oldSlugFor[slug] != nil || old.section(slug) != nil
    }

    private func mostSimilar(to sentence: Sentence, in document: Document, inOld: Bool, section: String) -> Sentence? {
        let words = TextTokens(sentence.text, contractions: contractions).wordSet
        guard !words.isEmpty else { return nil }
        let sentences = memo.sentences(of: document, inOld: inOld)
        let prepared = wordSets.map { inOld ? $0.old : $0.new }.flatMap { $0.count == sentences.count ? $0 : nil }
        // With the version's word sets prepared, each candidate's shared count comes from an index
        // of the sentences each word is in (the same counts as `sharedCount`, without hashing every
        // candidate's words for every question).
        let shared = prepared.map { memo.sharedCounts(words, sets: $0, inOld: inOld) }
        var best: (score: Double, sentence: Sentence)?
        for (position, candidate) in sentences.enumerated() {
            let other = prepared?[position] ?? TextTokens(candidate.text, contractions: contractions).wordSet
            // Counted, not built: a union and an intersection set per candidate sentence were
            // a large part of the review (the same counts: |A ∪ B| = |A| + |B| − |A ∩ B|).
            let common = shared?[position] ?? Self.sharedCount(words, other)
            let union = words.count + other.count - common
            guard union > 0 else { continue }
            let score = Double(common) / Double(union)
            let threshold = candidate.section == section ? Self.sameSection : Self.anywhere
            if score >= threshold, score > (best?.score ?? 0) { best = (score, candidate) }
        }
        return best?.sentence
    }

    /// How many words two sets share (`a.intersection(b).count`, without making the set).
    static func sharedCount(_ a: Set<String>, _ b: Set<String>) -> Int {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var count = 0
        for word in small where large.contains(word) { count += 1 }
        return count
    }

    /// One review's look-ups, by reference: `Evidence` is copied into every rule that quotes.
    private final class Memo {
        var inNew: [Sentence: Sentence?] = [:]
        var inOld: [Sentence: Sentence?] = [:]
        private var oldSentences: [Sentence]?
        private var newSentences: [Sentence]?
        private var oldPostings: [String: [Int]]?
        private var newPostings: [String: [Int]]?

        /// `document.sentences`, flattened once per side.
        func sentences(of document: Document, inOld: Bool) -> [Sentence] {
            if inOld {
                if oldSentences == nil { oldSentences = document.sentences }
                return oldSentences ?? []
            }
            if newSentences == nil { newSentences = document.sentences }
            return newSentences ?? []
        }

        /// How many of `words` each sentence's set holds (`Evidence.sharedCount` of each).
        func sharedCounts(_ words: Set<String>, sets: [Set<String>], inOld: Bool) -> [Int] {
            let postings = inOld ? (oldPostings ?? Self.postings(sets)) : (newPostings ?? Self.postings(sets))
            if inOld { oldPostings = postings } else { newPostings = postings }
            var counts = [Int](repeating: 0, count: sets.count)
            for word in words {
                for position in postings[word] ?? [] { counts[position] += 1 }
            }
            return counts
        }

        /// Word → the positions of the sets that hold it.
        private static func postings(_ sets: [Set<String>]) -> [String: [Int]] {
            var postings: [String: [Int]] = [:]
            for (position, set) in sets.enumerated() {
                for word in set { postings[word, default: []].append(position) }
            }
            return postings
        }
    }
}
