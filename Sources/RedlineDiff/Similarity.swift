/// The scores the matchers use, on word sets as sorted unique integer ids.
enum Similarity {
    /// Size of the intersection of two sorted unique id arrays.
    static func shared(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// Dice coefficient of two sorted unique id arrays.
    static func dice(_ a: [Int], _ b: [Int]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return 2 * Double(shared(a, b)) / Double(a.count + b.count)
    }

    /// The score of two sentences with `shared` words in common: Dice, raised when one sentence
    /// contains nearly all of the other (a clause appended or cut is still the same sentence).
    static func sentenceScore(shared: Int, _ a: Int, _ b: Int) -> Double {
        guard a + b > 0 else { return 1 }
        let dice = 2 * Double(shared) / Double(a + b)
        let smaller = min(a, b)
        if smaller >= 5, Double(shared) / Double(smaller) >= 0.85, dice >= 0.4 { return max(dice, 0.6) }
        return dice
    }

    /// Cosine of two sparse vectors sorted by id.
    static func cosine(_ a: [(Int, Double)], _ b: [(Int, Double)]) -> Double {
        var i = 0, j = 0, dot = 0.0
        while i < a.count, j < b.count {
            if a[i].0 == b[j].0 { dot += a[i].1 * b[j].1; i += 1; j += 1 } else if a[i].0 < b[j].0 { i += 1 } else { j += 1 }
        }
        return dot
    }
}

/// One-to-one matching of two sets of word sets by similarity: candidates come from an inverted
/// index (so unrelated texts cost little), then the best-scoring pairs win, ties broken by position.
enum GreedyMatcher {
    /// Pairs `(old, new)` (indices into the arrays given) with score ≥ `threshold`, one to one.
    static func match(old: [[Int]], new: [[Int]], threshold: Double) -> [(old: Int, new: Int)] {
        guard !old.isEmpty, !new.isEmpty else { return [] }
        var postings: [Int: [Int]] = [:]
        for (index, tokens) in old.enumerated() {
            for token in tokens { postings[token, default: []].append(index) }
        }
        var counts = [Int](repeating: 0, count: old.count)
        var touched: [Int] = []
        var candidates: [(score: Double, old: Int, new: Int)] = []
        for (newIndex, tokens) in new.enumerated() {
            for token in tokens {
                guard let list = postings[token] else { continue }
                for oldIndex in list {
                    if counts[oldIndex] == 0 { touched.append(oldIndex) }
                    counts[oldIndex] += 1
                }
            }
            for oldIndex in touched {
                let score = Similarity.sentenceScore(shared: counts[oldIndex], old[oldIndex].count, tokens.count)
                if score >= threshold { candidates.append((score, oldIndex, newIndex)) }
                counts[oldIndex] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        candidates.sort { ($0.score, $1.old, $1.new) > ($1.score, $0.old, $0.new) }
        var usedOld = [Bool](repeating: false, count: old.count)
        var usedNew = [Bool](repeating: false, count: new.count)
        var result: [(old: Int, new: Int)] = []
        for candidate in candidates where !usedOld[candidate.old] && !usedNew[candidate.new] {
            usedOld[candidate.old] = true
            usedNew[candidate.new] = true
            result.append((candidate.old, candidate.new))
        }
        return result
    }
}

/// Longest increasing subsequence, to tell items that kept their relative order from those that moved.
enum Increasing {
    /// Whether `values` strictly increase (then `longest` keeps them all): the usual case, checked first.
    static func isIncreasing(_ values: [Int]) -> Bool {
        var index = 1
        while index < values.count {
            if values[index - 1] >= values[index] { return false }
            index += 1
        }
        return true
    }

    /// Indices (into `values`) of one longest strictly increasing subsequence; the earliest on ties.
    static func longest(_ values: [Int]) -> Set<Int> {
        guard !values.isEmpty else { return [] }
        var tails: [Int] = []          // index into values of the smallest tail of each length
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < value { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: Set<Int> = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            result.insert(cursor)
            cursor = previous[cursor]
        }
        return result
    }
}
