import Foundation
import RedlineParse

/// Matches sections one to one: by slug first, then by heading and content similarity
/// (a greedy max-weight assignment on sorted scores, deterministic), above a threshold.
struct SectionMatcher {
    /// What the matcher needs to know of one section.
    struct Profile {
        var headingKey: String
        var headingWords: [Int]
        /// TF-IDF weights of the section's content words, sorted by id, unit length.
        var vector: [(Int, Double)]
        var sentenceCount: Int
    }

    /// Minimum score for a match that the slugs do not already give.
    static let threshold = 0.45

    /// For each old section, the index of its new section (nil when none).
    /// `profiles` is called only when sections are left unpaired on both sides.
    static func match(old: [Section], new: [Section], profiles: () -> (old: [Profile], new: [Profile])) -> [Int?] {
        var mapping = [Int?](repeating: nil, count: old.count)
        var newTaken = [Bool](repeating: false, count: new.count)
        // Slugs by bytes (NFC, as `String` equality): every pair looks up every slug.
        var slugs = ByteKeyTable(capacity: new.count)
        var newBySlug = [Int](repeating: -1, count: new.count)
        for (index, section) in new.enumerated() { newBySlug[slugs.insert(section.slug).id] = index }
        for (index, section) in old.enumerated() {
            if let id = slugs.id(of: section.slug), case let target = newBySlug[id], target >= 0 {
                mapping[index] = target
                newTaken[target] = true
            }
        }
        let freeOld = old.indices.filter { mapping[$0] == nil }
        let freeNew = new.indices.filter { !newTaken[$0] }
        var candidates: [(score: Double, old: Int, new: Int)] = []
        guard !freeOld.isEmpty, !freeNew.isEmpty else { return mapping }
        let (oldProfiles, newProfiles) = profiles()
        for o in freeOld {
            for n in freeNew {
                let score = score(oldProfiles[o], newProfiles[n])
                if score >= threshold { candidates.append((score, o, n)) }
            }
        }
        candidates.sort { ($0.score, $1.old, $1.new) > ($1.score, $0.old, $0.new) }
        for candidate in candidates where mapping[candidate.old] == nil && !newTaken[candidate.new] {
            mapping[candidate.old] = candidate.new
            newTaken[candidate.new] = true
        }
        return mapping
    }

    /// Heading similarity weighs less than content: a renamed section keeps its text.
    static func score(_ a: Profile, _ b: Profile) -> Double {
        let heading = a.headingKey == b.headingKey ? 1.0 : Similarity.dice(a.headingWords, b.headingWords)
        if a.sentenceCount == 0 || b.sentenceCount == 0 {
            // Heading-only sections (a parent of subsections) can only be told apart by their heading.
            return a.sentenceCount == b.sentenceCount ? heading * 0.9 : heading * 0.5
        }
        let content = Similarity.cosine(a.vector, b.vector)
        return 0.3 * heading + 0.7 * content
    }

    /// Profiles of both documents' sections, with IDF computed over all of them.
    static func profiles(oldWords: [[[Int]]], newWords: [[[Int]]], tokens: inout PairTokens) -> (old: [Profile], new: [Profile]) {
        let all = oldWords + newWords
        var documentFrequency: [Int: Int] = [:]
        var counts: [[Int: Int]] = []
        for sentences in all {
            var tf: [Int: Int] = [:]
            for sentence in sentences { for token in sentence { tf[token, default: 0] += 1 } }
            for token in tf.keys { documentFrequency[token, default: 0] += 1 }
            counts.append(tf)
        }
        let total = Double(max(all.count, 1))
        // Vectors are keyed and sorted by rank, so their sums add in the same order whatever the ids.
        let rank = tokens.ranks()
        func vector(_ tf: [Int: Int]) -> [(Int, Double)] {
            var entries = tf.map { token, count -> (Int, Double) in
                let idf = log((total + 1) / Double(documentFrequency[token] ?? 1))
                return (rank[token], Double(count).squareRoot() * idf)
            }
            entries.sort { $0.0 < $1.0 }
            let norm = entries.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            return norm > 0 ? entries.map { ($0.0, $0.1 / norm) } : entries
        }
        // Heading words take ids after every sentence word (old headings first) when the pair assigns them.
        let oldHeadings = tokens.old.headingWords.map { tokens.heading($0, old: true) }
        let newHeadings = tokens.new.headingWords.map { tokens.heading($0, old: false) }
        let oldProfiles = oldWords.indices.map {
            Profile(headingKey: tokens.old.headingKeys[$0], headingWords: oldHeadings[$0], vector: vector(counts[$0]), sentenceCount: oldWords[$0].count)
        }
        let newProfiles = newWords.indices.map {
            Profile(headingKey: tokens.new.headingKeys[$0], headingWords: newHeadings[$0],
                    vector: vector(counts[oldWords.count + $0]), sentenceCount: newWords[$0].count)
        }
        return (oldProfiles, newProfiles)
    }
}
